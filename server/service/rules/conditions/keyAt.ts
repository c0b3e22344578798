import type { Node } from 'jsonc-parser';
import type { ConditionKeyEntry } from '../../conditions/conditionBlock';
import { moveKeyToOperator } from '../../conditions/operatorEdits';
import { knownKeysOf } from '../../conditions/walk';
import type { Diagnostic } from '../../diagnostics';
import type { ParsedDocument } from '../../document/parsedDocument';
import { jsonString, replaceNode } from '../../text/edits';
import type { Fix } from '../rule';

/** The "Change to <operator>" quick fix for a finding on a value whose data has keyDistance. */
export function moveKeyOfValueFixes(doc: ParsedDocument, diagnostic: Diagnostic): Fix[] {
  const key = keyOfFinding(doc, diagnostic);
  return key ? moveKeyFixes(doc, key.keyNode.offset, diagnostic.data?.operator) : [];
}

/** The condition key entry whose key node starts at `offset` (where a rule reported it, or recorded it in data). */
function conditionKeyAt(doc: ParsedDocument, offset: unknown): ConditionKeyEntry | undefined {
  if (typeof offset !== 'number') return undefined;
  for (const key of knownKeysOf(doc)) {
    if (key.keyNode.offset === offset) return key;
  }
  return undefined;
}

/**
 * Where the key of a finding on one of its values is, for diagnostic data: how far before the value it
 * starts. Data holds no absolute offset, so a finding stays right when an edit earlier in the document
 * moves it (incrementalFindings.ts).
 */
export function keyDistance(key: ConditionKeyEntry, reported: Node): number {
  return reported.offset - key.keyNode.offset;
}

/** The key a finding's data points at with keyDistance. */
function keyOfFinding(doc: ParsedDocument, diagnostic: Diagnostic): ConditionKeyEntry | undefined {
  const distance = diagnostic.data?.keyDistance;
  return typeof distance === 'number' ? conditionKeyAt(doc, doc.lines.offsetAt(diagnostic.range.start) - distance) : undefined;
}

/** What a rule puts in diagnostic data to offer renaming the key (all its values fit another key). */
export function renameKeyData(key: ConditionKeyEntry, reported: Node, renameKeyTo: string): Record<string, unknown> {
  return { keyDistance: keyDistance(key, reported), renameKeyTo };
}

/** The "Change the key to ..." quick fix from renameKeyData; never safe, since it changes what is compared. */
export function renameKeyFixes(doc: ParsedDocument, diagnostic: Diagnostic): Fix[] {
  const key = keyOfFinding(doc, diagnostic);
  const name = diagnostic.data?.renameKeyTo;
  if (!key || typeof name !== 'string') return [];
  return [{ title: `Change the key to ${name}`, edits: [replaceNode(doc, key.keyNode, jsonString(name))], isPreferred: true }];
}

/** The "Change to <operator>" quick fix: moves the key at `keyOffset` under the operator a rule put in diagnostic data. */
export function moveKeyFixes(doc: ParsedDocument, keyOffset: unknown, operator: unknown, titleSuffix = ''): Fix[] {
  const key = conditionKeyAt(doc, keyOffset);
  if (!key || typeof operator !== 'string') return [];
  return [{ title: `Change to ${operator}${titleSuffix}`, edits: moveKeyToOperator(doc, key, operator), isPreferred: true }];
}
