import { findNodeAtOffset, type Node } from 'jsonc-parser';
import type { Diagnostic } from '../diagnostics';
import type { ParsedDocument } from '../document/parsedDocument';
import type { Report } from '../rules/rule';
import type { TextEdit } from '../text/lineIndex';
import { replaceInValue, valueSpan } from './stringSpans';

/**
 * What an ARN fix carries in Diagnostic.data: which piece of the string value to replace and with
 * what. Offsets are in the string's value, so escapes in the literal cannot shift them.
 */
export interface PartReplacement {
  valueOffset: number;
  valueLength: number;
  replacement?: string;
}

/** A report squiggling value[offset, offset + length) of a string node, carrying the replacement for the fix. */
export function partReport(doc: ParsedDocument, node: Node, offset: number, length: number, message: string, replacement?: string): Report {
  const span = valueSpan(doc, node, offset, length);
  const data: PartReplacement = { valueOffset: offset, valueLength: length };
  if (replacement !== undefined) data.replacement = replacement;
  return { offset: span.offset, length: span.length, message, data: { ...data } };
}

/** The string node a diagnostic sits in (its range starts inside the literal or at its opening quote). */
export function stringNodeOf(doc: ParsedDocument, diagnostic: Diagnostic): Node | undefined {
  const offset = doc.lines.offsetAt(diagnostic.range.start);
  const node = doc.root ? findNodeAtOffset(doc.root, offset + 1) : undefined;
  return node?.type === 'string' ? node : undefined;
}

/** The edit a PartReplacement asks for, or undefined when the diagnostic carries no replacement. */
export function partReplacementEdit(doc: ParsedDocument, diagnostic: Diagnostic): TextEdit | undefined {
  const data = diagnostic.data as Partial<PartReplacement> | undefined;
  const node = stringNodeOf(doc, diagnostic);
  if (!node || typeof data?.replacement !== 'string' || typeof data.valueOffset !== 'number' || typeof data.valueLength !== 'number') {
    return undefined;
  }
  return replaceInValue(doc, node, data.valueOffset, data.valueLength, data.replacement);
}

/** The replacement text a diagnostic carries, if any. */
export function replacementOf(diagnostic: Diagnostic): string | undefined {
  const replacement = (diagnostic.data as Partial<PartReplacement> | undefined)?.replacement;
  return typeof replacement === 'string' ? replacement : undefined;
}
