import { formatOperator } from '../../conditions/operators';
import { findPolicyVariables } from '../../conditions/policyVariables';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';
import { keyDistance, moveKeyOfValueFixes } from './keyAt';

/** True when `*` or `?` appears outside every `${...}` policy variable (where `${*}` is an escape). */
function hasLiteralWildcard(text: string): boolean {
  if (!text.includes('*') && !text.includes('?')) return false;
  let plain = text;
  for (const v of findPolicyVariables(text).reverse()) plain = plain.slice(0, v.offset) + plain.slice(v.offset + v.length);
  return plain.includes('*') || plain.includes('?');
}

export const conditionWildcardNonLike: Rule = {
  meta: {
    id: 'condition-wildcard-non-like',
    description: 'A `*` or `?` in a value of a String operator that does not take wildcards (StringEquals and the like).',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, report }) {
    for (const key of knownKeysOf(doc)) {
      const { info, ifExists, qualifier } = key.operator.parsed;
      if (!info || info.family !== 'String' || info.wildcards) continue;
      const like = formatOperator(info.negated ? 'StringNotLike' : 'StringLike', ifExists, qualifier);
      for (const value of key.values) {
        if (value.literal !== 'string' || value.text === undefined || !hasLiteralWildcard(value.text)) continue;
        report({
          node: value.node,
          message:
            `${info.name} treats "*" and "?" as ordinary characters: AWS matches only the exact text ${JSON.stringify(value.text)}, ` +
            `which no real request carries. Use ${like} for a pattern${info.ignoresCase ? ' (note: StringLike is case-sensitive)' : ''}.`,
          data: { operator: like, keyDistance: keyDistance(key, value.node) },
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    return moveKeyOfValueFixes(doc, diagnostic);
  },
};
