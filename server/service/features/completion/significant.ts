import { createScanner, SyntaxKind, type Node } from 'jsonc-parser';
import type { ParsedDocument } from '../../document/parsedDocument';
import type { TextEdit } from '../../text/lineIndex';

/** The first token from `offset` on that is neither white space nor a comment. */
function nextToken(text: string, offset: number): { kind: SyntaxKind; offset: number } {
  const scanner = createScanner(text, true);
  scanner.setPosition(offset);
  let kind = scanner.scan();
  while (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) kind = scanner.scan();
  return { kind, offset: scanner.getTokenOffset() };
}

/**
 * Where a property written at `offset` inside `object` needs a comma before it: right after the property
 * that precedes it, when no comma follows that one yet (comments in between are skipped, never written into).
 */
function commaNeededBefore(text: string, object: Node, offset: number): number | undefined {
  let previous: Node | undefined;
  for (const property of object.children ?? []) if (property.offset + property.length <= offset) previous = property;
  if (!previous) return undefined;
  const end = previous.offset + previous.length;
  const next = nextToken(text, end);
  return next.kind === SyntaxKind.CommaToken && next.offset < offset ? undefined : end;
}

/** Whether a member written up to `offset` needs a comma after it: another property's key or another object comes next. */
export function commaNeededAfter(text: string, offset: number): boolean {
  const { kind } = nextToken(text, offset);
  return kind === SyntaxKind.StringLiteral || kind === SyntaxKind.OpenBraceToken;
}

/** The edit that writes the comma a member inserted at `offset` needs before it, if it needs one. */
export function leadingCommaEdit(doc: ParsedDocument, container: Node, offset: number): TextEdit[] | undefined {
  const at = commaNeededBefore(doc.text, container, offset);
  return at === undefined ? undefined : [{ range: doc.lines.range(at, 0), newText: ',' }];
}

/** Whether new entries of `collection` are written JSON's way, with braces, brackets and commas: in JSON, and in YAML's flow style. */
export function isFlowCollection(text: string, collection: { offset: number }, format: string): boolean {
  return format === 'json' || text[collection.offset] === '{' || text[collection.offset] === '[';
}

/** Whether only spaces lie between the start of the cursor's line and the cursor: where a YAML block entry can start. */
export function atLineStart(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, offset));
}
