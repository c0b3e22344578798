import { conditionBoolValue } from '../../server/service/rules/conditions/conditionBoolValue';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionBoolValue, {
  valid: [
    withCondition('{"Bool": {"aws:SecureTransport": "true", "aws:ViaAWSService": false}, "Null": {"aws:SourceVpce": "False"}}'),
    { name: 'a policy variable is resolved at request time', code: withCondition('{"Bool": {"aws:MultiFactorAuthPresent": "${aws:PrincipalTag/mfa-required}"}}') },
  ],
  invalid: [
    { code: withCondition('{"Bool": {"aws:SecureTransport": ⟦"yes"⟧}}'), message: /Bool takes "true" or "false"; AWS never matches "yes", so this value never applies\./ },
    { name: 'numbers are not booleans', code: withCondition('{"BoolIfExists": {"aws:MultiFactorAuthPresent": ⟦1⟧}}') },
    {
      name: 'both true and false (Access Analyzer: Invalid condition multiple Boolean)',
      code: withCondition('{"Bool": {"aws:SecureTransport": ⟦["true", false]⟧}, "Null": {"aws:SourceVpce": ⟦["true", "FALSE"]⟧}}'),
      message: [/^Bool with both true and false: the test is true whenever the request has aws:SecureTransport, whatever its value, so it restricts nothing\./, /^Null with both true and false: the test is always true/],
    },
    { name: 'Null', code: withCondition('{"Null": {"aws:SourceVpce": ⟦"absent"⟧}}'), message: /Null takes "true" \(the key is absent\) or "false" \(the key is present\)/ },
  ],
});
