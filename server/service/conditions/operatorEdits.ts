import { applyEdits, getNodeValue, modify, type JSONPath } from 'jsonc-parser';
import type { ParsedDocument } from '../document/parsedDocument';
import { propertiesOf } from '../document/policyView';
import { detectFormatting, jsonString, replaceNode, replaceSpan } from '../text/edits';
import type { TextEdit } from '../text/lineIndex';
import type { ConditionKeyEntry } from './conditionBlock';

/**
 * Applies JSON modifications one after another (each on the previous result, so they never overlap)
 * and returns the whole change as one edit of the span that differs.
 */
function sequentialEdit(doc: ParsedDocument, steps: [JSONPath, unknown][]): TextEdit[] {
  const formattingOptions = detectFormatting(doc.text);
  let text = doc.text;
  for (const [path, value] of steps) text = applyEdits(text, modify(text, path, value, { formattingOptions }));
  let start = 0;
  while (start < text.length && start < doc.text.length && text[start] === doc.text[start]) start++;
  let end = 0;
  while (end < text.length - start && end < doc.text.length - start && text[text.length - 1 - end] === doc.text[doc.text.length - 1 - end]) end++;
  if (start === text.length && start === doc.text.length) return [];
  return [replaceSpan(doc, start, doc.text.length - end - start, text.slice(start, text.length - end))];
}

/**
 * Edits that put one condition key under another operator. A block holding only that key is renamed
 * in place; otherwise the key moves, into the operator's existing block if the Condition has one, so
 * the result never holds the same operator twice.
 */
export function moveKeyToOperator(doc: ParsedDocument, key: ConditionKeyEntry, operatorName: string): TextEdit[] {
  const operator = key.operator;
  const condition = operator.statement.condition;
  if (!condition || !key.valueNode) return [];
  const existing = propertiesOf(condition).get(operatorName);
  if (operator.keys.length === 1 && !existing) return [replaceNode(doc, operator.keyNode, jsonString(operatorName))];
  const conditionPath = operator.path.slice(0, -1);
  return sequentialEdit(doc, [
    [operator.keys.length === 1 ? operator.path : key.path, undefined],
    [[...conditionPath, operatorName, key.name], getNodeValue(key.valueNode)],
  ]);
}
