import type { JSONPath, Node } from 'jsonc-parser';
import { isIntrinsic, keyOf, valueOf, type StatementView } from '../document/policyView';
import { parseOperator, type ParsedOperator } from './operators';

/**
 * A statement's Condition element as operator / key / value nodes with their offsets and JSON paths,
 * built once per statement node and shared by every condition rule and feature.
 */

/** How a value was written: IAM takes strings, numbers and booleans; anything else is a mistake. */
export type ValueLiteral = 'string' | 'number' | 'boolean' | 'other';

export interface ConditionValue {
  node: Node;
  /** The value as AWS reads it (numbers and booleans as their JSON text); undefined for other shapes. */
  text?: string;
  literal: ValueLiteral;
  /** A CloudFormation intrinsic: never judged. */
  dynamic: boolean;
}

export interface ConditionKeyEntry {
  operator: ConditionOperatorEntry;
  property: Node;
  keyNode: Node;
  /** The key as written. */
  name: string;
  valueNode?: Node;
  /** One entry for a scalar, one per element for an array; empty for an empty array. */
  values: ConditionValue[];
  /** JSON path of the key's value, from the document root. */
  path: JSONPath;
}

export interface ConditionOperatorEntry {
  statement: StatementView;
  property: Node;
  keyNode: Node;
  name: string;
  parsed: ParsedOperator;
  valueNode?: Node;
  keys: ConditionKeyEntry[];
  /** JSON path of the operator's block, from the document root. */
  path: JSONPath;
}

function conditionValue(node: Node): ConditionValue {
  switch (node.type) {
    case 'string':
      return { node, text: node.value as string, literal: 'string', dynamic: false };
    case 'number':
    case 'boolean':
      return { node, text: String(node.value), literal: node.type, dynamic: false };
    default:
      return { node, literal: 'other', dynamic: isIntrinsic(node) };
  }
}

function keysOf(operator: ConditionOperatorEntry): ConditionKeyEntry[] {
  const block = operator.valueNode;
  if (!block || block.type !== 'object' || isIntrinsic(block)) return [];
  const keys: ConditionKeyEntry[] = [];
  for (const property of block.children ?? []) {
    const keyNode = keyOf(property);
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    const valueNode = valueOf(property);
    const items = valueNode?.type === 'array' ? (valueNode.children ?? []) : valueNode ? [valueNode] : [];
    keys.push({
      operator,
      property,
      keyNode,
      name: keyNode.value,
      valueNode,
      values: valueNode && isIntrinsic(valueNode) ? [conditionValue(valueNode)] : items.map(conditionValue),
      path: [...operator.path, keyNode.value],
    });
  }
  return keys;
}

const cache = new WeakMap<Node, ConditionOperatorEntry[]>();

/** The operators of a statement's Condition, in document order; empty when there is none. */
export function conditionOperators(statement: StatementView): ConditionOperatorEntry[] {
  const condition = statement.condition;
  if (!condition || condition.type !== 'object' || isIntrinsic(condition)) return [];
  const hit = cache.get(condition);
  if (hit) return hit;
  const operators: ConditionOperatorEntry[] = [];
  for (const property of condition.children ?? []) {
    const keyNode = keyOf(property);
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    const operator: ConditionOperatorEntry = {
      statement,
      property,
      keyNode,
      name: keyNode.value,
      parsed: parseOperator(keyNode.value),
      valueNode: valueOf(property),
      keys: [],
      path: [...statement.path, 'Condition', keyNode.value],
    };
    operator.keys = keysOf(operator);
    operators.push(operator);
  }
  cache.set(condition, operators);
  return operators;
}

/** Every key entry of a statement's Condition. */
export function conditionKeys(statement: StatementView): ConditionKeyEntry[] {
  return conditionOperators(statement).flatMap((o) => o.keys);
}
