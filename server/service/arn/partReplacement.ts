import type { Diagnostic } from '../diagnostics';
import type { ParsedDocument } from '../document/parsedDocument';
import { partReplacements, replacementEdits, replacementsOf } from '../rules/replacementFix';
import type { Report } from '../rules/rule';
import type { SourceNode } from '../sources/types';
import type { TextEdit } from '../text/lineIndex';

/**
 * ARN findings squiggle a piece of a string's value and carry, in Diagnostic.data, the string's path,
 * the piece (offsets in the value, so escapes or quoting cannot shift them) and its replacement.
 */

/** A report squiggling value[offset, offset + length) of a string node, carrying the replacement for the fix. */
export function partReport(doc: ParsedDocument, node: SourceNode, offset: number, length: number, message: string, replacement?: string): Report {
  const span = doc.writer.stringSpan(node, offset, length);
  return { offset: span.offset, length: span.length, message, data: partReplacements(node, offset, length, replacement === undefined ? [] : [replacement]) };
}

/** The edits a part report asks for (or, given, another replacement of the same piece); undefined without one. */
export function partReplacementEdits(doc: ParsedDocument, diagnostic: Diagnostic, replacement = replacementOf(diagnostic)): TextEdit[] | undefined {
  return replacement === undefined ? undefined : replacementEdits(doc, diagnostic.data, replacement);
}

/** The replacement text a diagnostic carries, if any. */
export function replacementOf(diagnostic: Diagnostic): string | undefined {
  return replacementsOf(diagnostic)[0];
}
