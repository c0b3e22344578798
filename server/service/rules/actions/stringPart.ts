import type { Node } from 'jsonc-parser';
import { isVerbatim } from '../../arn/stringSpans';
import type { ParsedDocument } from '../../document/parsedDocument';
import { jsonString } from '../../text/edits';

/**
 * The span of part of a string value (the service prefix of "s4:GetObject"), so that squiggles and
 * fixes touch exactly that part. When the string is written with escapes its source differs from its
 * value; then the whole string is used and replacements are whole JSON strings.
 */
export interface StringPart {
  offset: number;
  length: number;
  /** The text that replaces the span so that the value's part becomes `newPart`. */
  replacement(newPart: string): string;
}

/** The part value[start, start + length) of a string node. */
export function stringPart(doc: ParsedDocument, node: Node, start: number, length: number): StringPart {
  if (isVerbatim(doc, node)) {
    return { offset: node.offset + 1 + start, length, replacement: (newPart) => newPart };
  }
  const value = node.value as string;
  return {
    offset: node.offset,
    length: node.length,
    replacement: (newPart) => jsonString(value.slice(0, start) + newPart + value.slice(start + length)),
  };
}
