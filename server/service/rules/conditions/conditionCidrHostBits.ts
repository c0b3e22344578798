import { addressCount, bitWidth, hasHostBits, networkBlock, parseIpBlock } from '../../conditions/ip';
import { knownKeysOf } from '../../conditions/walk';
import { jsonString } from '../../text/edits';
import type { Rule } from '../rule';

export const conditionCidrHostBits: Rule = {
  meta: {
    id: 'condition-cidr-host-bits',
    description: 'A CIDR block written with host bits set (10.0.0.5/8), which stands for its whole network.',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, report }) {
    for (const key of knownKeysOf(doc)) {
      if (key.operator.parsed.info?.family !== 'IpAddress') continue;
      for (const value of key.values) {
        if (value.text === undefined) continue;
        const parsed = parseIpBlock(value.text);
        if (!parsed.ok || !parsed.block.hasPrefix || !hasHostBits(parsed.block)) continue;
        const { block } = parsed;
        const network = networkBlock(block);
        const host = value.text.slice(0, value.text.indexOf('/'));
        report({
          node: value.node,
          message:
            `${value.text} has bits set after its /${block.prefix} prefix: AWS matches the whole network ${network} ` +
            `(${addressCount(block)} addresses), not just ${host}. ` +
            `Write ${network}, or ${host}/${bitWidth(block.version)} for the single address.`,
          data: { network, host: `${host}/${bitWidth(block.version)}` },
        });
      }
    }
  },
  fix({ diagnostic }) {
    const { network, host } = diagnostic.data ?? {};
    if (typeof network !== 'string' || typeof host !== 'string') return [];
    const range = diagnostic.range;
    return [
      { title: `Change to the network address ${network}`, edits: [{ range, newText: jsonString(network) }], isPreferred: true, safe: true },
      { title: `Change to the single address ${host}`, edits: [{ range, newText: jsonString(host) }] },
    ];
  },
};
