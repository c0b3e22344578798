import type { JSONPath, Node } from 'jsonc-parser';

/**
 * A typed view of one IAM policy inside a JSON document, with the jsonc-parser nodes (and so the
 * offsets) of every element, for rules and features to share. Built once per document version.
 */

/** Where the policy sits: its own file, or embedded (CloudFormation, CLI output, ...). */
export type PolicyHome = 'root' | 'embedded';

/** Identity policies have no Principal; resource-based and trust policies do. */
export type PolicyKind = 'identity' | 'resource';

/**
 * A whole policy document, or one statement that the service wraps in its own document (the
 * Statement of an AWS::Events::EventBusPolicy): the latter has no policy-level elements to check.
 */
export type PolicyForm = 'document' | 'statement';

/** Where a policy sits in a CloudFormation template. */
export interface CloudFormationPlacement {
  /** The resource's Type, such as AWS::IAM::Role. */
  resourceType: string;
  /** The property of the resource's Properties that holds the policy: PolicyDocument, Policies, ... */
  property: string;
}

export interface PolicyView {
  node: Node;
  path: JSONPath;
  home: PolicyHome;
  /** The property name that holds an embedded policy (PolicyDocument, AssumeRolePolicyDocument, ...). */
  holder?: string;
  kind: PolicyKind;
  form: PolicyForm;
  /** Set for a policy inside a CloudFormation resource's Properties. */
  cloudFormation?: CloudFormationPlacement;
  /** Property nodes of the policy object, by exact key (the first one when a key repeats). */
  properties: Map<string, Node>;
  version?: Node;
  /** The value node of Statement: an array, a single object, or anything else the user wrote. */
  statementValue?: Node;
  statements: StatementView[];
}

export interface StatementView {
  policy: PolicyView;
  node: Node;
  /** Index in the Statement array; 0 for a single-object Statement. */
  index: number;
  path: JSONPath;
  properties: Map<string, Node>;
  sid?: Node;
  effect?: Node;
  principal?: Node;
  notPrincipal?: Node;
  action?: Node;
  notAction?: Node;
  resource?: Node;
  notResource?: Node;
  condition?: Node;
}

/**
 * One entry of an element that takes a string or an array of strings. `text` is undefined when the
 * entry is not a plain string: a CloudFormation intrinsic ({"Fn::Sub": ...}, {"Ref": ...}) or a
 * value of the wrong type. Rules skip dynamic entries so that intrinsics never cause findings.
 */
export interface StringEntry {
  node: Node;
  text?: string;
  dynamic: boolean;
}

const INTRINSIC = /^(Ref|Fn::[A-Za-z0-9]+|Condition)$/;

/** True for a CloudFormation intrinsic function object such as {"Fn::Sub": "..."} or {"Ref": "X"}. */
export function isIntrinsic(node: Node): boolean {
  if (node.type !== 'object' || !node.children || node.children.length !== 1) return false;
  const key = node.children[0].children?.[0]?.value;
  return typeof key === 'string' && INTRINSIC.test(key);
}

const NO_ENTRIES: StringEntry[] = Object.freeze([]) as unknown as StringEntry[];
/** Nodes live as long as their parsed document version, and most rules read Action and Resource. */
const entriesMemo = new WeakMap<Node, StringEntry[]>();

/** The entries of a string-or-array element (Action, Resource, ...); one shared, frozen list per node. */
export function stringEntries(value: Node | undefined): StringEntry[] {
  if (!value) return NO_ENTRIES;
  let entries = entriesMemo.get(value);
  if (entries) return entries;
  const items = value.type === 'array' ? (value.children ?? []) : [value];
  entries = Object.freeze(
    items.map((node): StringEntry =>
      node.type === 'string' ? { node, text: node.value as string, dynamic: false } : { node, text: undefined, dynamic: isIntrinsic(node) },
    ),
  ) as StringEntry[];
  entriesMemo.set(value, entries);
  return entries;
}

/** Property nodes of an object by key, the first occurrence winning. */
export function propertiesOf(object: Node): Map<string, Node> {
  const map = new Map<string, Node>();
  for (const prop of object.children ?? []) {
    const key = prop.children?.[0]?.value;
    if (typeof key === 'string' && !map.has(key)) map.set(key, prop);
  }
  return map;
}

/** The value node of a property node. */
export function valueOf(prop: Node | undefined): Node | undefined {
  return prop?.children?.[1];
}

/** The key (string) node of a property node. */
export function keyOf(prop: Node): Node | undefined {
  return prop.children?.[0];
}
