import { conditionSourceIpPrivate } from '../../server/service/rules/conditions/conditionSourceIpPrivate';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionSourceIpPrivate, {
  valid: [
    withCondition('{"IpAddress": {"aws:SourceIp": ["8.8.8.0/24", "0.0.0.0/0", "2600:1f18::/32"]}}'),
    { name: 'documentation ranges are example placeholders', code: withCondition('{"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "198.51.100.7", "2001:db8::/32"]}}') },
    { name: 'aws:VpcSourceIp is where private addresses belong', code: withCondition('{"IpAddress": {"aws:VpcSourceIp": "10.0.0.0/8"}}') },
  ],
  invalid: [
    {
      name: 'an Allow that never applies, with the fix to aws:VpcSourceIp',
      code: withCondition('{"IpAddress": {"aws:SourceIp": [⟦"10.0.0.0/8"⟧, ⟦"fd00::/8"⟧]}}'),
      message: [
        /10\.0\.0\.0\/8 is a private \(RFC 1918\) address, which AWS never sees in aws:SourceIp: requests from the internet carry their public address, and requests through a VPC endpoint carry no aws:SourceIp at all; so this entry never matches and this Allow never applies\. To match addresses inside your VPC, use aws:VpcSourceIp/,
        /fd00::\/8 is a unique local \(private\) address/,
      ],
      output: withCondition('{"IpAddress": {"aws:VpcSourceIp": ["10.0.0.0/8", "fd00::/8"]}}'),
    },
    {
      name: 'mixed with a public block: no key fix, no "never applies"',
      code: withCondition('{"IpAddress": {"aws:SourceIp": ["8.8.8.0/24", ⟦"192.168.1.0/24"⟧]}}'),
      message: /so this entry never matches\. To match/,
    },
    {
      name: 'reserved ranges count too',
      code: withCondition('{"IpAddress": {"aws:SourceIp": [⟦"127.0.0.1"⟧, ⟦"100.64.0.0/10"⟧, ⟦"fe80::/10"⟧]}}'),
      message: [/a loopback address/, /a carrier-grade NAT shared space \(RFC 6598\) address/, /a link-local address/],
    },
    {
      name: 'a Deny with NotIpAddress denies everything',
      code: withCondition('{"NotIpAddress": {"aws:SourceIp": ⟦"172.16.0.0/12"⟧}}', { effect: 'Deny' }),
      message: /every request counts as outside 172\.16\.0\.0\/12 and this Deny applies to all of them/,
    },
  ],
});
