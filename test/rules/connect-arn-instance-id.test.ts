import { connectArnInstanceId } from '../../server/service/rules/arn/connectArnInstanceId';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { FLOWS_ARN, INSTANCE_ARN, INSTANCE_ID } from '../connect/fixtures';

const statement = (resource: string) => `{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "${resource}"}`;

ruleTable(connectArnInstanceId, {
  valid: [
    policy(statement(FLOWS_ARN)),
    policy(statement('arn:aws:connect:us-east-1:123456789012:instance/*/contact-flow/*')),
    policy(statement('arn:aws:connect:us-east-1:123456789012:instance/INSTANCE_ID/contact-flow/*')),
  ],
  invalid: [
    {
      name: 'a whole instance ARN pasted where the ID belongs',
      code: policy(statement(`⟦arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE_ARN}/contact-flow/*⟧`)),
      message: /whole instance ARN is pasted.*\(4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d\)/,
      output: policy(statement(FLOWS_ARN)),
    },
    { name: 'the instance alias', code: policy(statement('arn:aws:connect:us-east-1:123456789012:instance/⟦my-chat-instance⟧/contact-flow/*')), message: /not a Connect instance ID.*UUIDs/ },
    {
      name: 'an upper-case UUID',
      code: policy(statement(`arn:aws:connect:us-east-1:123456789012:instance/⟦${INSTANCE_ID.toUpperCase()}⟧/contact-flow/*`)),
      message: /lower case/,
      output: policy(statement(FLOWS_ARN)),
    },
  ],
});
