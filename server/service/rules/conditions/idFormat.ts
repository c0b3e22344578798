import type { ConditionKeyEntry, ConditionValue } from '../../conditions/conditionBlock';
import type { Catalog } from '../../catalog/catalog';
import type { ParsedDocument } from '../../document/parsedDocument';
import { resolveConditionKey } from '../../conditions/keys';
import { hasPolicyVariable } from '../../conditions/policyVariables';
import { knownKeysOf } from '../../conditions/walk';

/**
 * The exact-text values of the given String keys, for the VPC and VPC endpoint ID rules: values with a
 * wildcard under a Like operator or with a policy variable are patterns, not IDs, and are left alone.
 */
export function* idValues(doc: ParsedDocument, catalog: Catalog, keyNames: ReadonlySet<string>): Iterable<{ key: ConditionKeyEntry; name: string; value: ConditionValue; text: string }> {
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
