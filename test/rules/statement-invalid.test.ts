import { statementInvalid } from '../../server/service/rules/structure/statementInvalid';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(statementInvalid, {
  valid: [
    policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "*"}'),
    { name: 'a single statement object', code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}' },
    { name: 'an empty array (statement-empty says so)', code: '{"Version": "2012-10-17", "Statement": []}' },
  ],
  invalid: [
    { code: '{"Version": "2012-10-17", "Statement": ⟦"x"⟧}', message: /Statement must be a statement object or an array of them, not a string: AWS rejects/ },
    { name: 'null', code: '{"Version": "2012-10-17", "Statement": ⟦null⟧}', message: /not null/ },
    {
      name: 'entries that are not objects',
      code: '{"Version": "2012-10-17", "Statement": [⟦1⟧, {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, ⟦"x"⟧, ⟦[]⟧]}',
      message: /is not a statement: AWS rejects the policy/,
    },
  ],
});
