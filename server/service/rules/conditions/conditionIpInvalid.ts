import { parseIpBlock } from '../../conditions/ip';
import { hasPolicyVariable } from '../../conditions/policyVariables';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';

export const conditionIpInvalid: Rule = {
  meta: {
    id: 'condition-ip-invalid',
    description: 'A value of IpAddress / NotIpAddress that is not an IPv4 or IPv6 address or CIDR block.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const key of knownKeysOf(doc)) {
      const { info } = key.operator.parsed;
      if (info?.family !== 'IpAddress') continue;
      for (const value of key.values) {
        if (value.text === undefined) continue;
        if (hasPolicyVariable(value.text)) {
          report({ node: value.node, message: `${info.name} does not replace policy variables: AWS reads ${JSON.stringify(value.text)} as an address, which it is not, so this entry never matches. Write the address or CIDR block itself.` });
          continue;
        }
        const parsed = parseIpBlock(value.text);
        if (parsed.ok) continue;
        report({
          node: value.node,
          message: `${parsed.message}: AWS cannot compare the request's address with it, so this entry never matches. Write an address such as 203.0.113.7 or a block such as 203.0.113.0/24 or 2001:db8::/32.`,
        });
      }
    }
  },
};
