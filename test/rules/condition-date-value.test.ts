import { conditionDateValue } from '../../server/service/rules/conditions/conditionDateValue';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionDateValue, {
  valid: [withCondition('{"DateLessThan": {"aws:CurrentTime": ["2026-12-31T23:59:59Z", "2026-06-01", "1900000000", "2026-01-31T12:00:00+02:00"]}}')],
  invalid: [
    {
      code: withCondition('{"DateGreaterThan": {"aws:CurrentTime": [⟦"2026-02-30"⟧, ⟦"31/12/2026"⟧, ⟦"2026-01-01T25:00:00Z"⟧]}}'),
      message: [
        /day 30 in "2026-02-30" does not exist in 2026-02: AWS cannot compare a date with it, so this value never matches/,
        /"31\/12\/2026" is neither an ISO 8601 date/,
        /time 25:00:00/,
      ],
    },
  ],
});
