import type { Node } from 'jsonc-parser';
import type { ParsedDocument } from '../document/parsedDocument';
import { isIntrinsic, stringEntries, type StatementView } from '../document/policyView';
import { conditionOperators } from './conditionBlock';
import { hasPolicyVariable } from './policyVariables';
import { statementsOf } from './walk';

/** Where a string holding `${` sits: places where IAM replaces policy variables, and places where it does not. */
export type VariableSite =
  | 'Resource'
  | 'NotResource'
  | 'Condition value'
  | 'Action'
  | 'NotAction'
  | 'Principal'
  | 'NotPrincipal'
  | 'condition key'
  /** A value of a Numeric, Date, Bool, Binary, IpAddress or Null operator: AWS replaces variables only under String and ARN operators. */
  | 'value of a non-string operator';

export const VARIABLE_SITES_ALLOWED: ReadonlySet<VariableSite> = new Set(['Resource', 'NotResource', 'Condition value']);

export interface VariableString {
  statement: StatementView;
  site: VariableSite;
  /** The string node (a value, or a property key for condition keys). */
  node: Node;
  text: string;
  /** For condition values, the operator as written. */
  operator?: string;
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
    found = scan(doc);
    cache.set(doc, found);
  }
  return found;
}

function scan(doc: ParsedDocument): VariableString[] {
  const found: VariableString[] = [];
  // Most documents hold no `${` at all (a JSON escape such as \u0024 could still spell one).
  if (!doc.text.includes('${') && !doc.text.includes('\\u')) return found;
  const add = (statement: StatementView, site: VariableSite, node: Node, text: string | undefined, operator?: string): void => {
    if (text !== undefined && hasPolicyVariable(text)) found.push({ statement, site, node, text, ...(operator === undefined ? {} : { operator }) });
  };
  for (const statement of statementsOf(doc)) {
    for (const entry of stringEntries(statement.resource)) add(statement, 'Resource', entry.node, entry.text);
    for (const entry of stringEntries(statement.notResource)) add(statement, 'NotResource', entry.node, entry.text);
    for (const entry of stringEntries(statement.action)) add(statement, 'Action', entry.node, entry.text);
    for (const entry of stringEntries(statement.notAction)) add(statement, 'NotAction', entry.node, entry.text);
    for (const node of principalStrings(statement.principal, [])) add(statement, 'Principal', node, node.value as string);
    for (const node of principalStrings(statement.notPrincipal, [])) add(statement, 'NotPrincipal', node, node.value as string);
    for (const operator of conditionOperators(statement)) {
      for (const key of operator.keys) {
        add(statement, 'condition key', key.keyNode, key.name);
        const family = operator.parsed.info?.family;
        const site = family === undefined || family === 'String' || family === 'Arn' ? 'Condition value' : 'value of a non-string operator';
        for (const value of key.values) {
          if (value.literal === 'string') add(statement, site, value.node, value.text, operator.name);
        }
      }
    }
  }
  return found;
}
