import type { ParsedDocument } from '../document/parsedDocument';
import { replaceSpan } from '../text/edits';
import type { TextEdit } from '../text/lineIndex';
import type { SourceNode } from './types';

/**
 * Removes elements of a comma-separated list (a JSON array or object, a YAML flow list or mapping)
 * by editing the text around them, so the layout stays as the user wrote it: each run of neighbours
 * with the comma after it, or before it for the last run, as one edit, so the edits never overlap.
 * Removing every element leaves the brackets (or braces) empty.
 */
export function removeElements(doc: ParsedDocument, array: SourceNode, indexes: number[]): TextEdit[] {
  const items = array.children ?? [];
  const removed = new Set(indexes.filter((i) => i >= 0 && i < items.length));
  if (removed.size === 0) return [];
  if (items.every((_, i) => removed.has(i))) return [replaceSpan(doc, array.offset + 1, array.length - 2, '')];
  const edits: TextEdit[] = [];
  for (let start = 0; start < items.length; start++) {
    if (!removed.has(start)) continue;
    let end = start;
    while (removed.has(end + 1)) end++;
    const next = items[end + 1];
    const previous = items[start - 1];
    if (next) edits.push(replaceSpan(doc, items[start].offset, next.offset - items[start].offset, ''));
    else edits.push(replaceSpan(doc, previous.offset + previous.length, items[end].offset + items[end].length - previous.offset - previous.length, ''));
    start = end;
  }
  return edits;
}
