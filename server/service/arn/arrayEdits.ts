import type { JSONPath, Node } from 'jsonc-parser';
import type { ParsedDocument } from '../document/parsedDocument';
import type { PolicyView } from '../document/policyView';
import { detectFormatting, editAtPath, jsonString, replaceNode, replaceSpan } from '../text/edits';
import type { TextEdit } from '../text/lineIndex';

/**
 * Insertions into JSON arrays that keep the user's layout: jsonc-parser's `modify` reformats the parent
 * object on insertion, so these edit the text around the last element directly. (Removals: removeElements
 * in text/edits.ts.)
 */

/**
 * Adds a string to a string-or-array element (Action, Resource) at `path` whose value is `node`, in
 * the element's own style: a one-line array stays one line, a string becomes a one-line array, and a
 * multi-line array gets a new line through jsonc-parser.
 */
export function appendEntry(doc: ParsedDocument, path: JSONPath, node: Node, value: string): TextEdit[] {
  const text = doc.text.slice(node.offset, node.offset + node.length);
  if (node.type === 'string') return [replaceNode(doc, node, `[${text}, ${jsonString(value)}]`)];
  if (node.type !== 'array') return [];
  const last = node.children?.[node.children.length - 1];
  if (/[\r\n]/.test(text)) return editAtPath(doc, [...path, -1], value, true);
  if (!last) return [replaceSpan(doc, node.offset + 1, node.length - 2, jsonString(value))];
  return [replaceSpan(doc, last.offset + last.length, 0, `, ${jsonString(value)}`)];
}

/** Appends a statement to a policy's Statement array, indented like the statement before it. */
export function appendStatement(doc: ParsedDocument, policy: PolicyView, statement: Record<string, unknown>): TextEdit[] {
  const array = policy.statementValue;
  const last = array?.type === 'array' ? array.children?.[array.children.length - 1] : undefined;
  if (!array || array.type !== 'array') return [];
  if (!last) return editAtPath(doc, [...policy.path, 'Statement', 0], statement, true);
  const lineStart = doc.text.lastIndexOf('\n', last.offset) + 1;
  const indent = /^[ \t]*/.exec(doc.text.slice(lineStart, last.offset))?.[0] ?? '';
  const { insertSpaces, tabSize, eol } = detectFormatting(doc.text);
  const unit = insertSpaces ? ' '.repeat(tabSize ?? 2) : '\t';
  const body = JSON.stringify(statement, null, unit).split('\n').join(`${eol}${indent}`);
  return [replaceSpan(doc, last.offset + last.length, 0, `,${eol}${indent}${body}`)];
}
