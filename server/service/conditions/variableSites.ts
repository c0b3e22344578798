import type { Node } from 'jsonc-parser';
import type { ParsedDocument } from '../document/parsedDocument';
import { isIntrinsic, stringEntries, type StatementView } from '../document/policyView';
import { conditionOperators } from './conditionBlock';
import { hasPolicyVariable } from './policyVariables';
import { statementsOf } from './walk';

/** Where a string holding `${` sits: places where IAM replaces policy variables, and places where it does not. */
export type VariableSite = 'Resource' | 'NotResource' | 'Condition value' | 'Action' | 'NotAction' | 'Principal' | 'NotPrincipal' | 'condition key';

export const VARIABLE_SITES_ALLOWED: ReadonlySet<VariableSite> = new Set(['Resource', 'NotResource', 'Condition value']);

export interface VariableString {
  statement: StatementView;
  site: VariableSite;
  /** The string node (a value, or a property key for condition keys). */
  node: Node;
  text: string;
}

/** Every string in a Principal value, however nested ({"AWS": [...]}, "*"); not inside intrinsics, whose ${...} CloudFormation substitutes. */
function principalStrings(node: Node | undefined, out: Node[]): Node[] {
  if (!node) return out;
  if (node.type === 'string') out.push(node);
  else if (node.type === 'array') node.children?.forEach((c) => principalStrings(c, out));
  else if (node.type === 'object' && !isIntrinsic(node)) node.children?.forEach((p) => principalStrings(p.children?.[1], out));
  return out;
}

const cache = new WeakMap<ParsedDocument, VariableString[]>();

/** Every plain string of the document's statements that holds a `${`, with where it sits (found once per document). */
export function variableStrings(doc: ParsedDocument): readonly VariableString[] {
  let found = cache.get(doc);
  if (!found) {
    found = [...scan(doc)];
    cache.set(doc, found);
  }
  return found;
}

function* scan(doc: ParsedDocument): Iterable<VariableString> {
  for (const statement of statementsOf(doc)) {
    const elements: [VariableSite, Node | undefined][] = [
      ['Resource', statement.resource],
      ['NotResource', statement.notResource],
      ['Action', statement.action],
      ['NotAction', statement.notAction],
    ];
    for (const [site, element] of elements) {
      for (const entry of stringEntries(element)) {
        if (entry.text !== undefined && hasPolicyVariable(entry.text)) yield { statement, site, node: entry.node, text: entry.text };
      }
    }
    for (const [site, element] of [['Principal', statement.principal], ['NotPrincipal', statement.notPrincipal]] as const) {
      for (const node of principalStrings(element, [])) {
        const text = node.value as string;
        if (hasPolicyVariable(text)) yield { statement, site, node, text };
      }
    }
    for (const operator of conditionOperators(statement)) {
      for (const key of operator.keys) {
        if (hasPolicyVariable(key.name)) yield { statement, site: 'condition key', node: key.keyNode, text: key.name };
        for (const value of key.values) {
          if (value.literal === 'string' && value.text !== undefined && hasPolicyVariable(value.text)) {
            yield { statement, site: 'Condition value', node: value.node, text: value.text };
          }
        }
      }
    }
  }
}
