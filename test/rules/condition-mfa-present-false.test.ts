import { conditionMfaPresentFalse } from '../../server/service/rules/conditions/conditionMfaPresentFalse';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionMfaPresentFalse, {
  valid: [
    withCondition('{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}', { effect: 'Deny' }),
    { name: 'requiring MFA with true', code: withCondition('{"Bool": {"aws:MultiFactorAuthPresent": "true"}}') },
    { name: 'Null tests presence', code: withCondition('{"Null": {"aws:MultiFactorAuthPresent": "true"}}', { effect: 'Deny' }) },
  ],
  invalid: [
    {
      name: 'a Deny that lets access keys through',
      code: withCondition('{"Bool": {⟦"aws:MultiFactorAuthPresent"⟧: "false"}}', { effect: 'Deny' }),
      message: /lack it, so Bool "false" never matches them: this Deny does not stop access keys without MFA\. Use BoolIfExists, which is also true when the key is missing\.$/,
      output: withCondition('{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}', { effect: 'Deny' }),
    },
    {
      name: 'an Allow',
      code: withCondition('{"Bool": {⟦"AWS:MultiFactorAuthPresent"⟧: false}}'),
      message: /this Allow does not cover them\./,
      output: withCondition('{"BoolIfExists": {"AWS:MultiFactorAuthPresent": false}}'),
    },
  ],
});
