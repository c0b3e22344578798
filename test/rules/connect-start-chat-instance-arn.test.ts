import { connectStartChatInstanceArn } from '../../server/service/rules/connect/connectStartChatInstanceArn';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { allow, CONTACTS_ARN, FLOW_ARN, FLOWS_ARN, INSTANCE_ARN } from '../connect/fixtures';

const BLOG = 'arn:aws:connect:REGION:ACCOUNT_ID:instance/INSTANCE_ID';
const mark = (text: string, what: string) => text.replace(`"${what}"`, `⟦"${what}"⟧`);

ruleTable(connectStartChatInstanceArn, {
  valid: [
    policy(allow('connect:StartChatContact', FLOWS_ARN)),
    policy(allow('connect:StartChatContact', FLOW_ARN)),
    policy(allow('connect:StartChatContact', `${INSTANCE_ARN}/*`)),
    policy(allow('connect:StartChatContact', [INSTANCE_ARN, FLOWS_ARN])),
    policy(allow('connect:StartContactStreaming', INSTANCE_ARN)),
    { name: 'another statement grants the flows', code: policy(allow(['connect:StartChatContact', 'connect:StartContactStreaming'], INSTANCE_ARN), allow('connect:StartChatContact', FLOWS_ARN)) },
    { name: 'Deny', code: policy(`{"Effect": "Deny", "Action": "connect:StartChatContact", "Resource": "${INSTANCE_ARN}"}`) },
  ],
  invalid: [
    {
      name: 'the blog-post policy',
      code: mark(policy(allow('connect:StartChatContact', BLOG)), BLOG),
      message: /connect:StartChatContact is authorized against the contact flow.*implicitly denies StartChatContact.*contact-flow\/\*/,
      output: policy(allow('connect:StartChatContact', `${BLOG}/contact-flow/*`)),
    },
    {
      name: 'the exact-flow form',
      code: mark(policy(allow('connect:StartChatContact', INSTANCE_ARN)), INSTANCE_ARN),
      fixTitle: /one exact contact flow/,
      output: policy(allow('connect:StartChatContact', `${INSTANCE_ARN}/contact-flow/CONTACT_FLOW_ID`)),
    },
    {
      name: 'with contacts, still no flow',
      code: mark(policy(allow('connect:StartChatContact', [INSTANCE_ARN, CONTACTS_ARN])), INSTANCE_ARN),
      output: policy(allow('connect:StartChatContact', [`${INSTANCE_ARN}/contact-flow/*`, CONTACTS_ARN])),
    },
    {
      name: 'the instance ARN is kept for streaming; the flow ARN is added',
      code: mark(policy(allow(['connect:StartChatContact', 'connect:StartContactStreaming'], INSTANCE_ARN)), INSTANCE_ARN),
      output: policy(allow(['connect:StartChatContact', 'connect:StartContactStreaming'], INSTANCE_ARN)).replace(`"${INSTANCE_ARN}"`, `["${INSTANCE_ARN}", "${FLOWS_ARN}"]`),
    },
    {
      name: 'CloudFormation Fn::Sub',
      code: policy(
        '{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": {"Fn::Sub": ⟦"arn:${AWS::Partition}:connect:${AWS::Region}:${AWS::AccountId}:instance/${InstanceId}"⟧}}',
      ),
      output: policy(
        '{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": {"Fn::Sub": "arn:${AWS::Partition}:connect:${AWS::Region}:${AWS::AccountId}:instance/${InstanceId}/contact-flow/*"}}',
      ),
    },
  ],
});
