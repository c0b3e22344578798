import { conditionKeyDuplicateCase } from '../../server/service/rules/conditions/conditionKeyDuplicateCase';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionKeyDuplicateCase, {
  valid: [
    withCondition('{"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}, "StringLike": {"aws:sourcevpce": "vpce-*"}}'),
    { name: 'an exact repeat is the duplicate-key rule', code: withCondition('{"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d", "aws:SourceVpce": "vpce-5e6f7a8b"}}') },
  ],
  invalid: [
    {
      code: withCondition('{"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d", ⟦"aws:sourcevpce"⟧: "vpce-5e6f7a8b", ⟦"AWS:SOURCEVPCE"⟧: "x"}}'),
      message: [
        /"aws:sourcevpce" and "aws:SourceVpce" are the same key: key names are case-insensitive, so AWS reads one key written twice in StringEquals and only one of the value lists takes effect/,
        /"AWS:SOURCEVPCE" and "aws:SourceVpce"/,
      ],
    },
  ],
});
