import { conditionOperatorNullIfExists } from '../../server/service/rules/conditions/conditionOperatorNullIfExists';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionOperatorNullIfExists, {
  valid: [withCondition('{"Null": {"aws:SourceVpce": "true"}, "StringEqualsIfExists": {"aws:SourceVpce": "vpce-1a2b3c4d"}}')],
  invalid: [
    {
      code: withCondition('{⟦"NullIfExists"⟧: {"aws:SourceVpce": "true"}}'),
      message: /Null already tests whether the key exists/,
      output: withCondition('{"Null": {"aws:SourceVpce": "true"}}'),
    },
    {
      name: 'keeps a qualifier',
      code: withCondition('{⟦"ForAnyValue:nullifexists"⟧: {"aws:TagKeys": "false"}}'),
      output: withCondition('{"ForAnyValue:Null": {"aws:TagKeys": "false"}}'),
    },
  ],
});
