import { statementEmpty } from '../../server/service/rules/structure/statementEmpty';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(statementEmpty, {
  valid: [
    policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "*"}'),
    { name: 'a single statement object', code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}' },
  ],
  invalid: [
    { code: '{"Version": "2012-10-17", "Statement": ⟦[]⟧}', message: /empty: the policy allows and denies nothing/ },
    { name: 'whitespace inside', code: '{"Version": "2012-10-17", "Statement": ⟦[\n  ]⟧}' },
  ],
});
