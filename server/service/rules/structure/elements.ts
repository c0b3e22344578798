import type { Node } from 'jsonc-parser';
import { isIntrinsic, keyOf, type PolicyView, type StatementView } from '../../document/policyView';
import { didYouMean } from '../../text/didYouMean';

/** The element names IAM accepts, spelled exactly as IAM requires. */
export const POLICY_ELEMENTS: readonly string[] = ['Version', 'Id', 'Statement'];
export const STATEMENT_ELEMENTS: readonly string[] = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];

export const CURRENT_VERSION = '2012-10-17';
export const POLICY_VERSIONS: readonly string[] = [CURRENT_VERSION, '2008-10-17'];
export const EFFECTS: readonly string[] = ['Allow', 'Deny'];

/** True when the value is a CloudFormation intrinsic, whose result is only known at deploy time. */
export function isDynamic(node: Node | undefined): boolean {
  return node !== undefined && isIntrinsic(node);
}

/** Statements written out as objects; an intrinsic in place of a statement ({"Fn::If": ...}) is left alone. */
export function literalStatements(policy: PolicyView): StatementView[] {
  return policy.statements.filter((statement) => !isIntrinsic(statement.node));
}

/** Element names suggested for a key that IAM does not know, leaving out those the object already has. */
export function elementSuggestions(key: string, known: readonly string[], present: ReadonlyMap<string, Node>): string[] {
  return didYouMean(key, known).filter((name) => !present.has(name));
}

/** True when one of the statement's unknown keys is a misspelling of one of `names` (e.g. "Actions"). */
export function hasMisspelled(statement: StatementView, names: readonly string[]): boolean {
  for (const key of statement.properties.keys()) {
    if (STATEMENT_ELEMENTS.includes(key)) continue;
    if (elementSuggestions(key, STATEMENT_ELEMENTS, statement.properties).some((name) => names.includes(name))) return true;
  }
  return false;
}

/** The key node of a statement element that is present. */
export function elementKey(statement: StatementView, name: string): Node | undefined {
  const prop = statement.properties.get(name);
  return prop ? keyOf(prop) : undefined;
}

/** Of two conflicting elements, the one written second is the one to point at. */
export function laterOf(a: Node, b: Node): Node {
  return a.offset > b.offset ? a : b;
}

const KINDS: Record<string, string> = { object: 'an object', array: 'an array', number: 'a number', boolean: 'a boolean', null: 'null', string: 'a string' };

/** "an array", "a number", ...: how a message names a value of the wrong type. */
export function describeKind(node: Node, startsSentence = false): string {
  const kind = KINDS[node.type] ?? node.type;
  return startsSentence ? kind[0].toUpperCase() + kind.slice(1) : kind;
}
