import { counterpart, familiesFor, fitsKey } from '../../conditions/compatibility';
import { resolveConditionKey, type ResolvedKey } from '../../conditions/keys';
import { formatOperator, type OperatorInfo } from '../../conditions/operators';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';
import { moveKeyData, moveKeyFixes } from './keyAt';

const FAMILY_COMPARES: Record<string, string> = {
  String: 'compares text',
  Numeric: 'compares numbers',
  Date: 'compares dates',
  Bool: 'compares true/false',
  Binary: 'compares base64 bytes',
  IpAddress: 'compares IP addresses and CIDR blocks',
  Arn: 'compares ARNs',
};

const VOWEL_START = /^[AEIOU]/;

function article(word: string): string {
  return VOWEL_START.test(word) ? 'an' : 'a';
}

/** What the operator reads the request's value as, when that is not text. */
const FAMILY_READS: Record<string, string> = {
  Numeric: 'a number',
  Date: 'a date',
  Bool: '"true" or "false"',
  Binary: 'base64 bytes',
  IpAddress: 'an IP address',
};

function consequence(operator: OperatorInfo, key: ResolvedKey): string {
  if (operator.family === 'String') {
    if (key.type.includes('IPAddress')) return 'AWS compares the address as plain text, so a CIDR block never matches and an address matches only when written exactly alike';
    if (key.type.includes('Bool')) return 'AWS compares the text, which works only while the value is written exactly "true" or "false"';
    return 'AWS compares the text, so only a value written exactly as the request writes it matches, and there is no ordering';
  }
  return `AWS reads the request's value as ${FAMILY_READS[operator.family] ?? 'another type'}, so the test matches only when ${article(key.type)} ${key.type} value happens to read as one`;
}

export const conditionOperatorKeyMismatch: Rule = {
  meta: {
    id: 'condition-operator-key-mismatch',
    description: 'A condition operator whose family does not fit the key\'s type (an IP key with a String operator, or the reverse).',
    category: 'condition',
    // Access Analyzer's TYPE_MISMATCH checks are general warnings: AWS still evaluates the test.
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const key of knownKeysOf(doc)) {
      const { info, ifExists, qualifier } = key.operator.parsed;
      const resolved = resolveConditionKey(catalog, key.name);
      if (!info || !resolved || fitsKey(info, resolved)) continue;
      const family = familiesFor(resolved)?.[0];
      const base = family && counterpart(info, family);
      const replacement = base && formatOperator(base, ifExists, qualifier);
      report({
        node: key.keyNode,
        message:
          `${resolved.name} is ${article(resolved.type)} ${resolved.type} key, but ${info.name} ${FAMILY_COMPARES[info.family]}: ${consequence(info, resolved)}.` +
          (replacement ? ` Use ${replacement}.` : ''),
        data: replacement ? moveKeyData(key, replacement) : undefined,
      });
    }
  },
  fix({ doc, diagnostic }) {
    return moveKeyFixes(doc, diagnostic);
  },
};
