import { nonPublicRange, parseIpBlock, type SpecialRange } from '../../conditions/ip';
import { resolveConditionKey } from '../../conditions/keys';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';
import { renameKeyData, renameKeyFixes } from './keyAt';

/** The private or reserved range holding a value; documentation ranges are example placeholders, not mistakes. */
function privateRange(text: string | undefined): SpecialRange | undefined {
  const parsed = text === undefined ? undefined : parseIpBlock(text);
  const range = parsed?.ok ? nonPublicRange(parsed.block) : undefined;
  return range && !range.documentation ? range : undefined;
}

export const conditionSourceIpPrivate: Rule = {
  meta: {
    id: 'condition-sourceip-private',
    description: 'A private or reserved address in aws:SourceIp, which never holds one (documentation ranges are left alone).',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    for (const key of knownKeysOf(doc)) {
      const { info } = key.operator.parsed;
      if (info?.family !== 'IpAddress' || resolveConditionKey(catalog, key.name)?.name !== 'aws:SourceIp') continue;
      const publicCount = key.values.filter((v) => v.text !== undefined && parseIpBlock(v.text).ok && !privateRange(v.text)).length;
      const effect = key.operator.statement.effect?.value;
      for (const value of key.values) {
        const range = privateRange(value.text);
        if (!range) continue;
        const outcome = info.negated
          ? `so every request counts as outside ${value.text}${effect === 'Deny' ? ' and this Deny applies to all of them' : ''}`
          : `so this entry never matches${effect === 'Allow' && publicCount === 0 ? ' and this Allow never applies' : ''}`;
        report({
          node: value.node,
          message:
            `${value.text} is a ${range.name} address, which AWS never sees in aws:SourceIp: requests from the internet carry their public address, ` +
            `and requests through a VPC endpoint carry no aws:SourceIp at all; ${outcome}. ` +
            'To match addresses inside your VPC, use aws:VpcSourceIp (present for requests through a VPC endpoint).',
          data: publicCount === 0 ? renameKeyData(key, value.node, 'aws:VpcSourceIp') : undefined,
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    return renameKeyFixes(doc, diagnostic);
  },
};
