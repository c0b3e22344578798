import type { ConditionKeyEntry } from '../../conditions/conditionBlock';
import { moveKeyToOperator } from '../../conditions/operatorEdits';
import { knownKeysOf } from '../../conditions/walk';
import type { Diagnostic } from '../../diagnostics';
import type { ParsedDocument } from '../../document/parsedDocument';
import { pathFromData } from '../fixTarget';
import type { Fix } from '../rule';

/** The condition key entry at the JSON path a rule recorded in data. */
function conditionKeyAt(doc: ParsedDocument, data: Record<string, unknown> | undefined): ConditionKeyEntry | undefined {
  const path = pathFromData(data);
  if (!path) return undefined;
  for (const key of knownKeysOf(doc)) {
    if (key.path.length === path.length && key.path.every((part, i) => part === path[i])) return key;
  }
  return undefined;
}

/** What a rule puts in diagnostic data to offer renaming the key (all its values fit another key). */
export function renameKeyData(key: ConditionKeyEntry, renameKeyTo: string): Record<string, unknown> {
  return { path: key.path, renameKeyTo };
}

/** What a rule puts in diagnostic data to offer moving the key under another operator. */
export function moveKeyData(key: ConditionKeyEntry, operator: string): Record<string, unknown> {
  return { path: key.path, operator };
}

/** The "Change the key to ..." quick fix from renameKeyData; never safe, since it changes what is compared. */
export function renameKeyFixes(doc: ParsedDocument, diagnostic: Diagnostic): Fix[] {
  const key = conditionKeyAt(doc, diagnostic.data);
  const name = diagnostic.data?.renameKeyTo;
  const property = key?.keyNode.parent;
  if (property?.type !== 'property' || typeof name !== 'string') return [];
  return [{ title: `Change the key to ${name}`, edits: doc.writer.renameKey(property, name), isPreferred: true }];
}

/** The "Change to <operator>" quick fix from moveKeyData: moves the key under the operator it names. */
export function moveKeyFixes(doc: ParsedDocument, diagnostic: Diagnostic, titleSuffix = ''): Fix[] {
  const key = conditionKeyAt(doc, diagnostic.data);
  const operator = diagnostic.data?.operator;
  if (!key || typeof operator !== 'string') return [];
  const edits = moveKeyToOperator(doc, key, operator);
  return edits.length > 0 ? [{ title: `Change to ${operator}${titleSuffix}`, edits, isPreferred: true }] : [];
}
