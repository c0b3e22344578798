import { actionMatchesNoResource } from '../../server/service/rules/resources/actionMatchesNoResource';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { allow, CONTACTS_ARN, FLOWS_ARN, INSTANCE_ARN } from '../connect/fixtures';

const mark = (text: string, what: string) => text.replace(`"${what}"`, `⟦"${what}"⟧`);

ruleTable(actionMatchesNoResource, {
  valid: [
    policy(allow('connect:StartChatContact', FLOWS_ARN)),
    { name: 'AWS-owned SSM documents have an empty account', code: policy(allow('ssm:SendCommand', ['arn:aws:ssm:us-east-1::document/AWS-RunShellScript', 'arn:aws:ec2:us-east-1:123456789012:instance/*'])) },
    policy(allow('connect:StartChatContact', [CONTACTS_ARN, FLOWS_ARN])),
    policy(allow(['connect:DescribeContact', 'connect:StopContact'], CONTACTS_ARN)),
    policy(allow('connect:StartContactStreaming', INSTANCE_ARN)),
    { name: 'required types split over two statements', code: policy(allow('connect:StartOutboundChatContact', FLOWS_ARN), allow('connect:StartOutboundChatContact', INSTANCE_ARN)) },
    { name: 'Deny', code: policy('{"Effect": "Deny", "Action": "connect:StartChatContact", "Resource": "arn:aws:s3:::x"}') },
    { name: 'wildcard actions are not judged one by one', code: policy(allow('connect:Start*', FLOWS_ARN)) },
    { name: 'unreadable intrinsic resource', code: policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": {"Ref": "FlowArn"}}') },
    { name: 'the headline case is reported on the resource instead', code: policy(allow('connect:StartChatContact', INSTANCE_ARN)) },
    {
      name: 'Fn::Sub with CloudFormation references',
      code: policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": {"Fn::Sub": "arn:${AWS::Partition}:connect:${AWS::Region}:${AWS::AccountId}:instance/${InstanceId}/contact-flow/*"}}'),
    },
  ],
  invalid: [
    {
      name: 'StartChatContact on contacts only never matches the required contact-flow',
      code: mark(policy(allow('connect:StartChatContact', CONTACTS_ARN)), 'connect:StartChatContact'),
      message: /authorized against contact, contact-flow \(required\); no resource in this policy can match contact-flow/,
      output: policy(allow('connect:StartChatContact', CONTACTS_ARN)).replace(`"${CONTACTS_ARN}"`, `["${CONTACTS_ARN}", "${FLOWS_ARN}"]`),
    },
    {
      name: 'one of two required types missing',
      code: mark(policy(allow(['connect:StartOutboundChatContact'], [FLOWS_ARN])), 'connect:StartOutboundChatContact'),
      message: /can match instance/,
      output: policy(allow(['connect:StartOutboundChatContact'], [FLOWS_ARN])).replace(`"${FLOWS_ARN}"]`, `"${FLOWS_ARN}", "${INSTANCE_ARN}"]`),
    },
    {
      name: 'a contact action on flows',
      code: mark(policy(allow(['connect:DescribeContact', 'connect:StartChatContact'], FLOWS_ARN)), 'connect:DescribeContact'),
      message: /connect:DescribeContact is authorized against contact \(required\)/,
    },
  ],
});
