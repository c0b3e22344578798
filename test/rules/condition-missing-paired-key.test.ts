import { conditionMissingPairedKey } from '../../server/service/rules/conditions/conditionMissingPairedKey';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionMissingPairedKey, {
  valid: [
    withCondition('{"IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}, "StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}}'),
    { name: 'an endpoint pins the VPC too', code: withCondition('{"IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}, "StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}') },
  ],
  invalid: [
    {
      code: withCondition('{"IpAddress": {⟦"aws:VpcSourceIp"⟧: "10.0.0.0/16"}}'),
      message: /^aws:VpcSourceIp without aws:SourceVpc or aws:SourceVpce: private addresses repeat across VPCs, .*Add aws:SourceVpc with your VPC ID to this Condition\.$/,
    },
  ],
});
