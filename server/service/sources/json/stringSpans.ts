import type { ParsedDocument } from '../../document/parsedDocument';
import { replaceNode, replaceSpan } from '../../text/edits';
import type { TextEdit } from '../../text/lineIndex';
import type { SourceNode } from '../types';

/**
 * Spans and edits for a piece of a JSON string's value. Offsets in the value equal offsets in the
 * file only when the literal holds no escape sequence; otherwise the whole string stands in.
 */

function isVerbatim(text: string, node: SourceNode): boolean {
  return text.slice(node.offset + 1, node.offset + node.length - 1) === node.value;
}

/** The document span of value[offset, offset + length) inside a string node. */
export function valueSpan(text: string, node: SourceNode, offset: number, length: number): { offset: number; length: number } {
  if (!isVerbatim(text, node)) return { offset: node.offset, length: node.length };
  return { offset: node.offset + 1 + offset, length };
}

/** An edit replacing value[offset, offset + length) of a string node with `newText`. */
export function replaceInValue(doc: ParsedDocument, node: SourceNode, offset: number, length: number, newText: string): TextEdit {
  const value = node.value as string;
  if (isVerbatim(doc.text, node) && !/["\\\u0000-\u001f]/.test(newText)) return replaceSpan(doc, node.offset + 1 + offset, length, newText);
  return replaceNode(doc, node, JSON.stringify(value.slice(0, offset) + newText + value.slice(offset + length)));
}
