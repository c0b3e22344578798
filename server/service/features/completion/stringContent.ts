import type { Node } from 'jsonc-parser';
import type { ParsedDocument } from '../../document/parsedDocument';

/** The offsets between a string's quotes. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The content span of the string `node` when `offset` lies inside it (inside its quotes, for a quoted
 * string), else undefined. A string still being typed has no closing quote yet (the parser runs it to
 * the end of the line), so its content ends at the cursor rather than swallowing what follows. A YAML
 * plain scalar is its own content (to the end of the cursor's line); a block scalar or a short-form tag (`!Sub`) offers none.
 */
export function stringContentAt(doc: ParsedDocument, node: Node, offset: number): Span | undefined {
  if (node.type !== 'string') return undefined;
  const first = doc.text[node.offset];
  const quote = doc.format === 'json' ? '"' : first === '"' || first === "'" ? first : undefined;
  if (quote === undefined) {
    if (first === '|' || first === '>' || first === '!') return undefined;
    // A word being typed on a line of its own can run on into the next line's key: it ends with its line.
    const lineEnd = doc.text.indexOf('\n', offset);
    const end = Math.min(node.offset + node.length, lineEnd < 0 ? doc.text.length : lineEnd);
    return offset >= node.offset && offset <= end ? { start: node.offset, end } : undefined;
  }
  const start = node.offset + 1;
  const last = node.offset + node.length - 1;
  const closed = node.length >= 2 && doc.text[last] === quote;
  const end = closed ? last : offset;
  return offset >= start && offset <= end ? { start, end } : undefined;
}
