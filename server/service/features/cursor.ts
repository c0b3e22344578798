import { findNodeAtOffset, getNodePath, type JSONPath, type Node } from 'jsonc-parser';
import type { ParsedDocument } from '../document/parsedDocument';
import type { PolicyView, StatementView } from '../document/policyView';

/** Where the cursor is, in policy terms, for hover and completion. */
export interface Cursor {
  offset: number;
  /** The innermost node at the cursor (a string, number, property key, ...). */
  node?: Node;
  /** True when `node` is the key of a property. */
  isKey: boolean;
  policy?: PolicyView;
  statement?: StatementView;
  /** The path below the statement, e.g. ["Action", 0] or ["Condition", "IpAddress", "aws:SourceIp"]. */
  statementPath?: JSONPath;
  /** The path below the policy when not inside a statement, e.g. ["Version"]. */
  policyPath?: JSONPath;
}

function startsWith(path: JSONPath, prefix: JSONPath): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}

export function cursorAt(doc: ParsedDocument, offset: number): Cursor {
  const node = doc.root ? findNodeAtOffset(doc.root, offset, true) : undefined;
  const cursor: Cursor = { offset, node, isKey: false };
  if (!node) return cursor;
  cursor.isKey = node.parent?.type === 'property' && node.parent.children?.[0] === node;
  const path = getNodePath(node);
  for (const policy of doc.policies) {
    if (!startsWith(path, policy.path)) continue;
    cursor.policy = policy;
    for (const statement of policy.statements) {
      if (startsWith(path, statement.path) && offset >= statement.node.offset && offset <= statement.node.offset + statement.node.length) {
        cursor.statement = statement;
        cursor.statementPath = path.slice(statement.path.length);
        return cursor;
      }
    }
    cursor.policyPath = path.slice(policy.path.length);
    return cursor;
  }
  return cursor;
}
