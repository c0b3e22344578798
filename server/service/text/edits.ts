import { findNodeAtLocation, modify, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';
import type { ParsedDocument } from '../document/parsedDocument';
import type { TextEdit } from './lineIndex';

/** Replace exactly a node's text. */
export function replaceNode(doc: ParsedDocument, node: Node, newText: string): TextEdit {
  return replaceSpan(doc, node.offset, node.length, newText);
}

export function replaceSpan(doc: ParsedDocument, offset: number, length: number, newText: string): TextEdit {
  return { range: doc.lines.range(offset, length), newText };
}

/** A JSON string literal for `value`, as it would be written in the file. */
export function jsonString(value: string): string {
  return JSON.stringify(value);
}

/** The indentation the document already uses, so inserted JSON matches it. */
export function detectFormatting(text: string): FormattingOptions {
  const match = /\n([ \t]+)"/.exec(text);
  const indent = match?.[1] ?? '  ';
  const insertSpaces = !indent.startsWith('\t');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { insertSpaces, tabSize: insertSpaces ? Math.min(indent.length, 8) || 2 : 4, eol };
}

/**
 * Set (value) or remove (undefined) what sits at a JSON path, with jsonc-parser's `modify`, so the edit
 * touches only what it must and keeps the user's formatting. An array element is removed by
 * removeElements instead: `modify` reformats the whole document for it, and garbles the text when the
 * element is the last one of an array inside a one-line object.
 */
export function editAtPath(doc: ParsedDocument, path: JSONPath, value: unknown, isArrayInsertion = false): TextEdit[] {
  const index = path[path.length - 1];
  if (value === undefined && typeof index === 'number' && doc.root) {
    const array = findNodeAtLocation(doc.root, path.slice(0, -1));
    if (array?.type === 'array' && array.children?.[index]) return removeElements(doc, array, [index]);
  }
  return modify(doc.text, path, value, { formattingOptions: detectFormatting(doc.text), isArrayInsertion }).map((e) =>
    replaceSpan(doc, e.offset, e.length, e.content),
  );
}

/**
 * Removes elements of an array by editing the text around them (the layout stays as the user wrote
 * it): each run of neighbours with the comma after it, or before it for the last run, as one edit,
 * so the edits never overlap. Removing every element leaves `[]`.
 */
export function removeElements(doc: ParsedDocument, array: Node, indexes: number[]): TextEdit[] {
  const items = array.children ?? [];
  const removed = new Set(indexes);
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

interface Span {
  start: number;
  end: number;
}

/**
 * Whether two edits cannot be applied as one set: their ranges overlap, or both start at one offset
 * (two non-empty ranges then overlap; with an insertion their order is undefined). Editors reject such sets (VS Code:
 * "Overlapping ranges are not allowed!").
 */
function conflict(a: Span, b: Span): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

/**
 * The union of whole edit sets (one per fix), taking each in turn, from the top of the text down,
 * unless one of its edits conflicts with an edit already taken or with another of its own: the result
 * is always one valid edit set, and a fix is applied completely or not at all. A skipped fix is
 * offered again once the others are applied. Taken spans stay sorted, so each check is a binary
 * search, and taking the fixes in text order appends nearly every span at the end.
 */
export function compatibleEdits(editSets: TextEdit[][], lines: { offsetAt(p: TextEdit['range']['start']): number }): TextEdit[] {
  const taken: Span[] = [];
  const result: TextEdit[] = [];
  const firstEndingAfter = (offset: number) => {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (taken[mid].end <= offset && taken[mid].start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const collides = (span: Span) => {
    const at = firstEndingAfter(span.start);
    return at < taken.length && conflict(taken[at], span);
  };
  const candidates = editSets
    .map((edits) => ({ edits, spans: edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) })).sort((a, b) => a.start - b.start) }))
    .filter(({ spans }) => spans.length > 0)
    .sort((a, b) => a.spans[0].start - b.spans[0].start);
  for (const { edits, spans } of candidates) {
    const selfConflict = spans.some((span, i) => i > 0 && conflict(spans[i - 1], span));
    if (selfConflict || spans.some(collides)) continue;
    for (const span of spans) {
      const at = firstEndingAfter(span.start);
      if (at === taken.length) taken.push(span);
      else taken.splice(at, 0, span);
    }
    result.push(...edits);
  }
  return result;
}

/** Apply a valid edit set to a text in one pass; used by fix-all, the CLI and the tests. */
export function applyEdits(text: string, edits: TextEdit[], lines: { offsetAt(p: TextEdit['range']['start']): number }): string {
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let copied = 0;
  for (const s of spans) {
    if (s.start < copied) continue; // overlapping edit: skip it rather than corrupt the text
    parts.push(text.slice(copied, s.start), s.newText);
    copied = s.end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
