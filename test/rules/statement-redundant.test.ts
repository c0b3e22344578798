import { statementRedundant } from '../../server/service/rules/suggestions/statementRedundant';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

const read = '{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "*"}';

ruleTable(statementRedundant, {
  valid: [
    policy(read, '{"Effect": "Deny", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "*"}'),
    { name: 'same actions, other resources', code: policy(read, '{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "arn:aws:s3:::b"}') },
  ],
  invalid: [
    {
      name: 'a repeat with another Sid and order',
      code: policy(read, '⟦{⟧"Sid": "Again", "Resource": "*", "Action": ["s3:ListBucket", "s3:GetObject"], "Effect": "Allow"}'),
      message: /This statement grants exactly what statement 1 of the policy does\./,
    },
  ],
});
