import type { ParsedDocument } from '../document/parsedDocument';
import type { TextEdit } from './lineIndex';

/** Replace exactly a node's text. */
export function replaceNode(doc: ParsedDocument, node: { offset: number; length: number }, newText: string): TextEdit {
  return replaceSpan(doc, node.offset, node.length, newText);
}

export function replaceSpan(doc: ParsedDocument, offset: number, length: number, newText: string): TextEdit {
  return { range: doc.lines.range(offset, length), newText };
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
