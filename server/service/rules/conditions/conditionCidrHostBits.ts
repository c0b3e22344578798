import { addressCount, bitWidth, hasHostBits, networkBlock, parseIpBlock } from '../../conditions/ip';
import { knownKeysOf } from '../../conditions/walk';
import { nodeFromData, pathOf } from '../fixTarget';
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
          data: { path: pathOf(value.node), network, host: `${host}/${bitWidth(block.version)}` },
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    const { network, host } = diagnostic.data ?? {};
    const value = nodeFromData(doc, diagnostic.data);
    if (typeof network !== 'string' || typeof host !== 'string' || value?.type !== 'string') return [];
    return [
      { title: `Change to the network address ${network}`, edits: doc.writer.setValue(value, network), isPreferred: true, safe: true },
      { title: `Change to the single address ${host}`, edits: doc.writer.setValue(value, host) },
    ];
  },
};
