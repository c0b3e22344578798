import { conditionCidrHostBits } from '../../server/service/rules/conditions/conditionCidrHostBits';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionCidrHostBits, {
  valid: [withCondition('{"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "203.0.113.7", "203.0.113.7/32", "2001:db8::/32"]}}')],
  invalid: [
    {
      code: withCondition('{"IpAddress": {"aws:SourceIp": [⟦"203.0.113.7/24"⟧, ⟦"2001:db8::1/32"⟧]}}'),
      message: [
        /203\.0\.113\.7\/24 has bits set after its \/24 prefix: AWS matches the whole network 203\.0\.113\.0\/24 \(256 addresses\), not just 203\.0\.113\.7\. Write 203\.0\.113\.0\/24, or 203\.0\.113\.7\/32 for the single address\./,
        /whole network 2001:db8::\/32 \(2\^96 addresses\)/,
      ],
      output: withCondition('{"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}}'),
    },
    {
      name: 'the second fix keeps the single address',
      code: withCondition('{"NotIpAddress": {"aws:SourceIp": ⟦"198.51.100.9/16"⟧}}'),
      fixTitle: /single address/,
      output: withCondition('{"NotIpAddress": {"aws:SourceIp": "198.51.100.9/32"}}'),
    },
  ],
});
