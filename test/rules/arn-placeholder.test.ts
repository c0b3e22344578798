import { arnPlaceholder } from '../../server/service/rules/arn/arnPlaceholder';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { FLOWS_ARN, INSTANCE_ARN, INSTANCE_ID } from '../connect/fixtures';

const statement = (resource: string) => `{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "${resource}"}`;
const blog = 'arn:aws:connect:⟦REGION⟧:⟦ACCOUNT_ID⟧:instance/⟦INSTANCE_ID⟧/contact-flow/*';

ruleTable(arnPlaceholder, {
  valid: [
    policy(statement(FLOWS_ARN)),
    policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::chat-${aws:username}/*"}'),
    policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::chat/${aws:PrincipalTag/team}/*"}'),
    { name: 'Fn::Sub references are CloudFormation’s', code: policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": {"Fn::Sub": "arn:${AWS::Partition}:connect:${AWS::Region}:${AWS::AccountId}:instance/${InstanceId}/contact-flow/*"}}') },
  ],
  invalid: [
    { name: 'the blog-post ARN', code: policy(statement(blog)), message: [/"REGION" is a placeholder.*your region/, /your 12-digit account ID/, /your Connect instance ID/] },
    { name: 'angle brackets', code: policy(statement('arn:aws:connect:⟦<region>⟧:⟦<account-id>⟧:instance/⟦<instance-id>⟧/contact-flow/*')) },
    { name: 'template variables copied from the reference', code: policy(statement('arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}'.replace(/\$\{\w+\}/g, '⟦$&⟧'))) },
    { name: 'braces and spelled-out names', code: policy(statement('arn:aws:connect:us-east-1:⟦{accountId}⟧:instance/⟦your-instance-id⟧/contact-flow/⟦FLOW_ID⟧')) },
    {
      name: 'filled in from another ARN of the document',
      code: policy(statement('arn:aws:connect:⟦REGION⟧:⟦ACCOUNT_ID⟧:instance/⟦INSTANCE_ID⟧/contact-flow/*'), `{"Effect": "Allow", "Action": "connect:StartContactStreaming", "Resource": "${INSTANCE_ARN}"}`),
      output: policy(statement(FLOWS_ARN), `{"Effect": "Allow", "Action": "connect:StartContactStreaming", "Resource": "${INSTANCE_ARN}"}`),
    },
    {
      name: 'filled in from the connectIam.connect.instanceArn setting',
      code: policy(statement('arn:aws:connect:us-east-1:123456789012:instance/⟦INSTANCE_ID⟧/contact-flow/*')),
      options: { connect: { instanceArn: INSTANCE_ARN } },
      output: policy(statement(`arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE_ID}/contact-flow/*`)),
      fixTitle: /Replace with 4b5a1e2c/,
    },
  ],
});
