import type { ConditionKeyEntry, ConditionValue } from '../../conditions/conditionBlock';
import type { Catalog } from '../../catalog/catalog';
import type { ParsedDocument } from '../../document/parsedDocument';
import { resolveConditionKey } from '../../conditions/keys';
import { hasPolicyVariable } from '../../conditions/policyVariables';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule, RuleMeta } from '../rule';
import { renameKeyData, renameKeyFixes } from './keyAt';

/**
 * The exact-text values of the given String keys, for the rules that check a value's format (VPC and
 * endpoint IDs, Regions): values with a wildcard under a Like operator or with a policy variable are
 * patterns, not values, and are left alone.
 */
export function* exactStringValues(doc: ParsedDocument, catalog: Catalog, keyNames: ReadonlySet<string>): Iterable<{ key: ConditionKeyEntry; name: string; value: ConditionValue; text: string }> {
  for (const key of knownKeysOf(doc)) {
    const info = key.operator.parsed.info;
    if (info?.family !== 'String') continue;
    const name = resolveConditionKey(catalog, key.name)?.name;
    if (!name || !keyNames.has(name)) continue;
    for (const value of key.values) {
      const text = value.text;
      if (value.literal !== 'string' || text === undefined || hasPolicyVariable(text)) continue;
      if (info.wildcards && (text.includes('*') || text.includes('?'))) continue;
      yield { key, name, value, text };
    }
  }
}

/** vpc-, vpce-, ... followed by 8 or 17 lower-case hex digits, as AWS writes resource IDs. */
export function idPattern(prefix: string): RegExp {
  return new RegExp(`^${prefix}-(?:[0-9a-f]{8}|[0-9a-f]{17})$`);
}

/** What an ID-format rule checks: the keys, the ID they hold, and the ID people confuse it with. */
export interface IdFormatSpec {
  meta: RuleMeta;
  keys: ReadonlySet<string>;
  /** How the message names the ID, e.g. "a VPC ID (vpc- and 8 or 17 lower-case hex digits)". */
  expected: string;
  pattern: RegExp;
  /** The other kind of ID: when every value is one, the key (not the value) was the mistake. */
  other: { pattern: RegExp; key: string; hint: string };
  /** Extra hints tried in order before the generic one. */
  hints?: { test(text: string): boolean; hint: string }[];
  /** How the generic hint names the ID ("ID", "endpoint ID") and an example of it. */
  noun: string;
  example: string;
}

/** A rule that checks ID values of a key (aws:SourceVpc, aws:SourceVpce) and offers the other key. */
export function idFormatRule(spec: IdFormatSpec): Rule {
  return {
    meta: spec.meta,
    check({ doc, catalog, report }) {
      for (const { key, name, value, text } of exactStringValues(doc, catalog, spec.keys)) {
        if (spec.pattern.test(text)) continue;
        const hint = spec.other.pattern.test(text)
          ? ` ${spec.other.hint}`
          : (spec.hints?.find((h) => h.test(text))?.hint ?? ` Write the ${spec.noun} as shown in the VPC console, such as ${spec.example}.`);
        report({
          node: value.node,
          data: key.values.every((v) => v.text !== undefined && spec.other.pattern.test(v.text)) ? renameKeyData(key, value.node, spec.other.key) : undefined,
          message: `${name} holds ${spec.expected}; AWS never sees ${JSON.stringify(text)} there, so this value never matches.${hint}`,
        });
      }
    },
    fix({ doc, diagnostic }) {
      return renameKeyFixes(doc, diagnostic);
    },
  };
}
