import type { Node } from 'jsonc-parser';
import type { ParsedDocument } from '../document/parsedDocument';

/**
 * The document span of characters [start, start + length) of a string node's value. When the string
 * holds escape sequences the value and the source differ, so the whole string node is used instead.
 */
export function stringValueSpan(doc: ParsedDocument, node: Node, start: number, length: number): { offset: number; length: number } {
  const raw = doc.text.slice(node.offset + 1, node.offset + node.length - 1);
  if (raw !== node.value) return { offset: node.offset, length: node.length };
  return { offset: node.offset + 1 + start, length };
}
