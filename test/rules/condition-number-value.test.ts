import { conditionNumberValue } from '../../server/service/rules/conditions/conditionNumberValue';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionNumberValue, {
  valid: [withCondition('{"NumericLessThan": {"aws:MultiFactorAuthAge": ["3600", 7200, "-1", "1.5"]}}')],
  invalid: [
    {
      code: withCondition('{"NumericLessThan": {"aws:MultiFactorAuthAge": [⟦"1h"⟧, ⟦"3,600"⟧, ⟦true⟧]}}'),
      message: [/NumericLessThan compares numbers; AWS cannot read "1h" as one, so this value never matches/, /"3,600"/, /"true"/],
    },
  ],
});
