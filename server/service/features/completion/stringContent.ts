import type { Node } from 'jsonc-parser';
import type { ParsedDocument } from '../../document/parsedDocument';

/** The offsets between a string's quotes. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The content span of the string `node` when `offset` lies inside its quotes, else undefined. A string
 * still being typed has no closing quote yet (the parser runs it to the end of the line), so its
 * content ends at the cursor rather than swallowing what follows.
 */
export function stringContentAt(doc: ParsedDocument, node: Node, offset: number): Span | undefined {
  if (node.type !== 'string') return undefined;
  const start = node.offset + 1;
  const last = node.offset + node.length - 1;
  const closed = node.length >= 2 && doc.text[last] === '"';
  const end = closed ? last : offset;
  return offset >= start && offset <= end ? { start, end } : undefined;
}
