import { findNodeAtLocation, type JSONPath } from 'jsonc-parser';
import type { ParsedDocument } from '../../document/parsedDocument';
import { jsonString, replaceSpan } from '../../text/edits';
import type { TextEdit } from '../../text/lineIndex';

/**
 * Adds `"key": "value"` to the object at `objectPath`, before the property at the index `at` picks
 * from the existing keys (Version first, Effect after Sid). The new property copies the spacing of its
 * neighbour, so one-line objects stay on one line and indented ones keep their indentation.
 */
export function insertProperty(
  doc: ParsedDocument,
  objectPath: JSONPath,
  key: string,
  value: string,
  at: (existingKeys: string[]) => number,
): TextEdit[] {
  const object = doc.root ? findNodeAtLocation(doc.root, objectPath) : undefined;
  if (object?.type !== 'object') return [];
  const props = object.children ?? [];
  const property = `${jsonString(key)}: ${jsonString(value)}`;
  if (props.length === 0) return [replaceSpan(doc, object.offset + 1, 0, property)];
  const index = Math.max(0, Math.min(at(props.map((p) => String(p.children?.[0]?.value))), props.length));
  if (index < props.length) {
    const next = props[index];
    return [replaceSpan(doc, next.offset, 0, `${property},${spacingBefore(doc.text, next.offset) || ' '}`)];
  }
  const last = props[props.length - 1];
  return [replaceSpan(doc, last.offset + last.length, 0, `,${spacingBefore(doc.text, last.offset) || ' '}${property}`)];
}

/** The whitespace (line break and indentation, or a space) written just before `offset`. */
function spacingBefore(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return text.slice(start, offset);
}

/** A JSON path carried in diagnostic data; checked because data comes back through the client. */
export function pathFromData(data: Record<string, unknown> | undefined): JSONPath | undefined {
  const path = data?.path;
  return Array.isArray(path) && path.every((p) => typeof p === 'string' || typeof p === 'number') ? path : undefined;
}
