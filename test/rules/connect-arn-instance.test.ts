import { connectArnInstance } from '../../server/service/rules/arn/connectArnInstance';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { FLOWS_ARN, INSTANCE_ARN, INSTANCE_ID } from '../connect/fixtures';

const statement = (resource: string) => `{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "${resource}"}`;

ruleTable(connectArnInstance, {
  valid: [
    policy(statement(FLOWS_ARN)),
    policy('{"Effect": "Allow", "Action": "connect:DescribePhoneNumber", "Resource": "arn:aws:connect:us-east-1:123456789012:phone-number/*"}'),
    policy(statement('arn:aws:connect:us-east-1:123456789012:*')),
  ],
  invalid: [
    {
      name: 'the instance ID without instance/',
      code: policy(statement(`arn:aws:connect:us-east-1:123456789012:⟦${INSTANCE_ID}⟧/contact-flow/*`)),
      message: /without "instance\/"/,
      output: policy(statement(FLOWS_ARN)),
    },
    {
      name: 'a flow ARN without its instance, the instance known from the document',
      code: policy(statement('arn:aws:connect:us-east-1:123456789012:⟦contact-flow⟧/*'), `{"Effect": "Allow", "Action": "connect:StartContactStreaming", "Resource": "${INSTANCE_ARN}"}`),
      message: /sit under an instance/,
      output: policy(statement(FLOWS_ARN), `{"Effect": "Allow", "Action": "connect:StartContactStreaming", "Resource": "${INSTANCE_ARN}"}`),
    },
    { name: 'no instance known: no fix', code: policy(statement('arn:aws:connect:us-east-1:123456789012:⟦queue⟧/*')), message: /queue ARNs sit under an instance/ },
  ],
});
