import { conditionIpInvalid } from '../../server/service/rules/conditions/conditionIpInvalid';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionIpInvalid, {
  valid: [withCondition('{"IpAddress": {"aws:SourceIp": ["203.0.113.7", "198.51.100.0/24", "2001:db8::/32", "::ffff:203.0.113.7"]}}')],
  invalid: [
    {
      code: withCondition('{"IpAddress": {"aws:SourceIp": [⟦"203.0.113.300"⟧, ⟦"203.0.113.0/33"⟧, ⟦"2001:db8::/129"⟧, ⟦"fe80::1%eth0"⟧]}}'),
      message: [
        /"203\.0\.113\.300" is not an IPv4 or IPv6 address: AWS cannot compare the request's address with it, so this entry never matches/,
        /"\/33" is not a prefix length for IPv4 \(0 to 32\)/,
        /"\/129" is not a prefix length for IPv6 \(0 to 128\)/,
        /"fe80::1%eth0" is not an IPv4 or IPv6 address/,
      ],
    },
    { name: 'policy variables are not replaced here', code: withCondition('{"NotIpAddress": {"aws:SourceIp": ⟦"${aws:PrincipalTag/office-ip}"⟧}}'), message: /NotIpAddress does not replace policy variables/ },
  ],
});
