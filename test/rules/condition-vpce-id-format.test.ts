import { conditionVpceIdFormat } from '../../server/service/rules/conditions/conditionVpceIdFormat';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionVpceIdFormat, {
  valid: [
    withCondition('{"StringEquals": {"aws:SourceVpce": ["vpce-1a2b3c4d", "vpce-0a1b2c3d4e5f67890"]}}'),
    { name: 'a pattern under StringLike', code: withCondition('{"StringLike": {"aws:sourcevpce": "vpce-0a1b*"}}') },
  ],
  invalid: [
    {
      code: withCondition('{"StringEquals": {"aws:SourceVpce": [⟦"vpc-1a2b3c4d"⟧, ⟦"vpce-1A2B3C4D"⟧]}}'),
      message: [/AWS never sees "vpc-1a2b3c4d" there, so this value never matches\. This is a VPC ID: compare it with aws:SourceVpc\./, /Write the endpoint ID/],
    },
    {
      name: 'a VPC ID only: the fix changes the key',
      code: withCondition('{"StringNotEquals": {"aws:SourceVpce": ⟦"vpc-0a1b2c3d4e5f67890"⟧}}'),
      output: withCondition('{"StringNotEquals": {"aws:SourceVpc": "vpc-0a1b2c3d4e5f67890"}}'),
    },
  ],
});
