import type { ParsedDocument } from '../../document/parsedDocument';
import type { SourceNode } from '../../sources/types';
import { partReplacements } from '../replacementFix';

/**
 * Part of a string value (the service prefix of "s4:GetObject"), so that squiggles and fixes touch
 * exactly that part. Where the source differs from the value (escapes, folding) the writer's span is
 * the whole string; the fix still replaces only the part of the value.
 */
export interface StringPart {
  offset: number;
  length: number;
  /** Diagnostic data offering `replacements` for the part. */
  data(replacements: string[]): Record<string, unknown>;
}

/** The part value[start, start + length) of a string node. */
export function stringPart(doc: ParsedDocument, node: SourceNode, start: number, length: number): StringPart {
  const span = doc.writer.stringSpan(node, start, length);
  return { ...span, data: (replacements) => partReplacements(node, start, length, replacements) };
}
