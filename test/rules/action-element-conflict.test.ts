import { actionElementConflict } from '../../server/service/rules/structure/actionElementConflict';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(actionElementConflict, {
  valid: [policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}')],
  invalid: [
    {
      code: policy('{"Effect": "Deny", "Action": "s3:*", ⟦"NotAction"⟧: "s3:GetObject", "Resource": "*"}'),
      message: /Action or NotAction, not both: AWS rejects it/,
    },
    { name: 'the later one is marked', code: policy('{"Effect": "Deny", "NotAction": "s3:GetObject", ⟦"Action"⟧: "s3:*", "Resource": "*"}') },
  ],
});
