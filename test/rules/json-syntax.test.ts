import { jsonSyntax } from '../../server/service/rules/json/jsonSyntax';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(jsonSyntax, {
  valid: ['{"Version": "2012-10-17", "Statement": []}', '{"name": "not a policy", "broken": }'],
  invalid: [
    { code: '{"Version": "2012-10-17", "Statement": [⟦}⟧⟦⟧', message: /AWS rejects/ },
    { code: '{"Version": "2012-10-17" ⟦"Statement"⟧: []}', message: /comma is expected/ },
  ],
});
