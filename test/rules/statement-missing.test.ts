import { statementMissing } from '../../server/service/rules/structure/statementMissing';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(statementMissing, {
  valid: [
    '{"Version": "2012-10-17", "Statement": []}',
    { name: 'ordinary JSON is not a policy', code: '{"Version": "2012-10-17", "name": "x"}' },
    { name: 'forced, with a Statement', code: '{"Statement": []}', options: { forcePolicy: true } },
  ],
  invalid: [
    {
      name: 'a file forced to be a policy by connectIam.files',
      code: '⟦{⟧"Version": "2012-10-17"}',
      options: { forcePolicy: true },
      message: /no Statement: AWS rejects it/,
    },
  ],
});
