import { arnServiceCase } from '../../server/service/rules/arn/arnServiceCase';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { FLOWS_ARN } from '../connect/fixtures';

const statement = (resource: string) => `{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "${resource}"}`;

ruleTable(arnServiceCase, {
  valid: [policy(statement(FLOWS_ARN)), policy(statement('arn:aws:*:us-east-1:123456789012:*'))],
  invalid: [
    {
      code: policy(statement(FLOWS_ARN.replace(':connect:', ':⟦Connect⟧:'))),
      message: /"Connect" never matches "connect"/,
      output: policy(statement(FLOWS_ARN)),
    },
  ],
});
