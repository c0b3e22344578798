import { modify, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';
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
 * touches only what it must and keeps the user's formatting.
 */
export function editAtPath(doc: ParsedDocument, path: JSONPath, value: unknown, isArrayInsertion = false): TextEdit[] {
  return modify(doc.text, path, value, { formattingOptions: detectFormatting(doc.text), isArrayInsertion }).map((e) =>
    replaceSpan(doc, e.offset, e.length, e.content),
  );
}

/** Apply edits (non-overlapping) to a text; used by fix-all, the CLI and the tests. */
export function applyEdits(text: string, edits: TextEdit[], lines: { offsetAt(p: TextEdit['range']['start']): number }): string {
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let lastStart = Infinity;
  for (const s of spans) {
    if (s.end > lastStart) continue; // overlapping edit: skip it rather than corrupt the text
    result = result.slice(0, s.start) + s.newText + result.slice(s.end);
    lastStart = s.start;
  }
  return result;
}
