import type { ParsedDocument } from '../document/parsedDocument';
import type { Diagnostic } from '../diagnostics';
import type { SourceNode } from '../sources/types';
import type { TextEdit } from '../text/lineIndex';
import { nodeFromData, pathOf, propertyFromData } from './fixTarget';
import type { Fix } from './rule';

/**
 * The common shape of a fix: one of a few values the rule computed while checking, written by the
 * document's writer over the node the diagnostic's path names (its value, its key, or a part of a
 * string). With a single candidate the answer is unambiguous, so it is safe.
 */

/** Data for replacing a node's value (a string, number, list, ...) with one of `replacements`. */
export function valueReplacements(node: SourceNode, replacements: readonly string[]): Record<string, unknown> {
  return { path: pathOf(node), target: 'value', replacements };
}

/** Data for renaming a property, given its key node, to one of `replacements`. */
export function keyReplacements(key: SourceNode, replacements: readonly string[]): Record<string, unknown> {
  return { path: pathOf(key), target: 'key', replacements };
}

/** Data for replacing value[valueOffset, valueOffset + valueLength) of a string node with one of `replacements`. */
export function partReplacements(node: SourceNode, valueOffset: number, valueLength: number, replacements: readonly string[]): Record<string, unknown> {
  return { path: pathOf(node), target: 'part', valueOffset, valueLength, replacements };
}

/** The edits that write `replacement` where the data points, or undefined when the document no longer has that node. */
export function replacementEdits(doc: ParsedDocument, data: Record<string, unknown> | undefined, replacement: string): TextEdit[] | undefined {
  if (data?.target === 'key') {
    const property = propertyFromData(doc, data);
    return property ? doc.writer.renameKey(property, replacement) : undefined;
  }
  const node = nodeFromData(doc, data);
  if (!node) return undefined;
  if (data?.target === 'value') return doc.writer.setValue(node, replacement);
  const { valueOffset, valueLength } = data ?? {};
  if (data?.target !== 'part' || node.type !== 'string' || typeof valueOffset !== 'number' || typeof valueLength !== 'number') return undefined;
  if (valueOffset < 0 || valueLength < 0 || valueOffset + valueLength > (node.value as string).length) return undefined;
  return doc.writer.replaceInString(node, valueOffset, valueLength, replacement);
}

/** The replacements a diagnostic carries; checked, since data travels through the client. */
export function replacementsOf(diagnostic: Diagnostic): string[] {
  const replacements = diagnostic.data?.replacements;
  return Array.isArray(replacements) && replacements.every((r): r is string => typeof r === 'string') ? replacements : [];
}

/** One quick fix per replacement the diagnostic carries, titled by `title` (given the replacement as written in a policy, quoted when whole). */
export function replacementFixes(doc: ParsedDocument, diagnostic: Diagnostic, title: (replacement: string) => string, safeWhenSingle = true): Fix[] {
  const replacements = replacementsOf(diagnostic);
  const safe = safeWhenSingle && replacements.length === 1;
  const quoted = diagnostic.data?.target !== 'part';
  return replacements.flatMap((replacement, i) => {
    const edits = replacementEdits(doc, diagnostic.data, replacement);
    return edits ? [{ title: title(quoted ? JSON.stringify(replacement) : replacement), edits, isPreferred: i === 0, safe }] : [];
  });
}
