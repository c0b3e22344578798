import { getNodeValue } from 'jsonc-parser';
import type { ParsedDocument } from '../document/parsedDocument';
import { propertiesOf, valueOf } from '../document/policyView';
import type { TextEdit } from '../text/lineIndex';
import type { ConditionKeyEntry } from './conditionBlock';

/**
 * Edits that put one condition key under another operator. A block holding only that key is renamed
 * in place; otherwise the key moves, into the operator's existing block if the Condition has one, so
 * the result never holds the same operator twice.
 */
export function moveKeyToOperator(doc: ParsedDocument, key: ConditionKeyEntry, operatorName: string): TextEdit[] {
  const operator = key.operator;
  const condition = operator.statement.condition;
  const operatorProperty = operator.keyNode.parent;
  const keyProperty = key.keyNode.parent;
  if (condition?.type !== 'object' || !key.valueNode || operatorProperty?.type !== 'property' || keyProperty?.type !== 'property') return [];
  const existing = valueOf(propertiesOf(condition).get(operatorName));
  if (operator.keys.length === 1 && !existing) return doc.writer.renameKey(operatorProperty, operatorName);
  if (existing && existing.type !== 'object') return [];
  const value: unknown = getNodeValue(key.valueNode);
  const insertion = existing
    ? doc.writer.insertProperty(existing, key.name, value, existing.children?.length ?? 0)
    : doc.writer.insertProperty(condition, operatorName, { [key.name]: value }, condition.children?.length ?? 0);
  return [...doc.writer.removeProperty(operator.keys.length === 1 ? operatorProperty : keyProperty), ...insertion];
}
