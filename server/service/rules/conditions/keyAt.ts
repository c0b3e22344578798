import type { ConditionKeyEntry } from '../../conditions/conditionBlock';
import { knownKeysOf } from '../../conditions/walk';
import type { ParsedDocument } from '../../document/parsedDocument';

/** The condition key entry whose key node starts at `offset` (where a rule reported it, or recorded it in data). */
export function conditionKeyAt(doc: ParsedDocument, offset: unknown): ConditionKeyEntry | undefined {
  if (typeof offset !== 'number') return undefined;
  for (const key of knownKeysOf(doc)) {
    if (key.keyNode.offset === offset) return key;
  }
  return undefined;
}
