import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { MAX_NESTING, nestsTooDeep } from '../sources/json/nestingDepth';
import { propertiesOf, valueOf } from '../document/policyView';
import { syntaxErrorText } from '../rules/json/jsonSyntax';
import type { AccessRequest } from '../evaluator/types';

/**
 * A `connect-iam.tests.json` file: per policy file, requests that must be allowed or denied. Parsed
 * with offsets so that editors can put diagnostics and CodeLens on each assertion. The JSON schema
 * is schemas/connect-iam.tests.schema.json.
 */

export const ASSERTIONS_FILE_NAME = 'connect-iam.tests.json';

/** `denied` accepts either kind of deny; the other words are the evaluator's decisions. */
export type Expectation = 'allowed' | 'denied' | 'explicitDeny' | 'implicitDeny';
export const EXPECTATIONS: readonly Expectation[] = ['allowed', 'denied', 'explicitDeny', 'implicitDeny'];

/** A path as written in the file (relative to the file's folder), with its node. */
export interface PolicyRef {
  path: string;
  node: Node;
}

export interface AssertionCase {
  /** Position in its group's requests array. */
  index: number;
  name?: string;
  request: AccessRequest;
  expect: Expectation;
  /** The request object, for CodeLens and diagnostics. */
  node: Node;
  expectNode: Node;
}

/** "chat starts" or, unnamed, "connect:StartChatContact on arn:..." */
export function assertionName(assertion: AssertionCase): string {
  return assertion.name ?? `${assertion.request.action} on ${assertion.request.resource}`;
}

export interface AssertionGroup {
  index: number;
  node: Node;
  policy: PolicyRef;
  resourcePolicy?: PolicyRef;
  permissionsBoundary?: PolicyRef;
  scps: PolicyRef[];
  requests: AssertionCase[];
}

export interface AssertionProblem {
  offset: number;
  length: number;
  message: string;
}

export interface AssertionsFile {
  groups: AssertionGroup[];
  problems: AssertionProblem[];
}

export function parseAssertionsFile(text: string): AssertionsFile {
  if (nestsTooDeep(text)) return { groups: [], problems: [{ offset: 0, length: 0, message: `The file nests objects and arrays more than ${MAX_NESTING} levels deep; it is not read.` }] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  // Errors that cascade from one mistake share an offset: the first says what is wrong.
  const firstAtOffset = errors.filter((e, i) => errors.findIndex((o) => o.offset === e.offset) === i);
  const problems: AssertionProblem[] = firstAtOffset.map((e) => ({ offset: e.offset, length: e.length, message: `JSON syntax error: ${syntaxErrorText(e.error)}` }));
  const groups: AssertionGroup[] = [];
  const problem = (node: Node, message: string) => problems.push({ offset: node.offset, length: node.length, message });
  if (!root || root.type !== 'object') {
    if (root) problem(root, 'The file must be an object with a "tests" array.');
    return { groups, problems };
  }
  const tests = valueOf(propertiesOf(root).get('tests'));
  if (tests?.type !== 'array') {
    problem(tests ?? root, 'The file must have a "tests" array.');
    return { groups, problems };
  }
  (tests.children ?? []).forEach((node, index) => {
    const group = parseGroup(node, index, problem);
    if (group) groups.push(group);
  });
  return { groups, problems };
}

type Report = (node: Node, message: string) => void;

function parseGroup(node: Node, index: number, problem: Report): AssertionGroup | undefined {
  if (node.type !== 'object') {
    problem(node, 'Each test must be an object with "policy" and "requests".');
    return undefined;
  }
  const props = propertiesOf(node);
  const policy = pathRef(valueOf(props.get('policy')), 'policy', node, problem, true);
  const requestsNode = valueOf(props.get('requests'));
  if (requestsNode?.type !== 'array') problem(requestsNode ?? node, 'A test needs a "requests" array.');
  if (!policy) return undefined;
  const scpsNode = valueOf(props.get('scps'));
  const scps = scpsNode?.type === 'array' ? (scpsNode.children ?? []).flatMap((n) => pathRef(n, 'scps entry', n, problem, true) ?? []) : [];
  if (scpsNode && scpsNode.type !== 'array') problem(scpsNode, '"scps" must be an array of policy file paths.');
  const requests = requestsNode?.type === 'array' ? (requestsNode.children ?? []).flatMap((n, i) => parseCase(n, i, problem) ?? []) : [];
  return {
    index,
    node,
    policy,
    resourcePolicy: pathRef(valueOf(props.get('resourcePolicy')), 'resourcePolicy', node, problem, false),
    permissionsBoundary: pathRef(valueOf(props.get('permissionsBoundary')), 'permissionsBoundary', node, problem, false),
    scps,
    requests,
  };
}

function pathRef(value: Node | undefined, name: string, owner: Node, problem: Report, required: boolean): PolicyRef | undefined {
  if (!value) {
    if (required) problem(owner, `"${name}" must be the path of a policy file.`);
    return undefined;
  }
  if (value.type !== 'string' || value.value === '') {
    problem(value, `"${name}" must be the path of a policy file, relative to this file.`);
    return undefined;
  }
  return { path: value.value as string, node: value };
}

function parseCase(node: Node, index: number, problem: Report): AssertionCase | undefined {
  if (node.type !== 'object') {
    problem(node, 'Each request must be an object with "action", "resource" and "expect".');
    return undefined;
  }
  const props = propertiesOf(node);
  const text = (key: string): string | undefined => {
    const value = valueOf(props.get(key));
    if (value === undefined) return undefined;
    if (value.type === 'string') return value.value as string;
    problem(value, `"${key}" must be a string.`);
    return undefined;
  };
  const action = text('action');
  const resource = text('resource');
  const expectNode = valueOf(props.get('expect'));
  const expect = expectNode?.type === 'string' ? EXPECTATIONS.find((e) => e === expectNode.value) : undefined;
  if (action === undefined) problem(node, 'The request needs an "action" such as "connect:StartChatContact".');
  if (resource === undefined) problem(node, 'The request needs a "resource" ARN (or "*" for actions without a resource type).');
  if (!expectNode || !expect) problem(expectNode ?? node, `"expect" must be one of ${EXPECTATIONS.map((e) => `"${e}"`).join(', ')}.`);
  const context = parseContext(valueOf(props.get('context')), problem);
  if (action === undefined || resource === undefined || !expect || !expectNode || context === null) return undefined;
  return { index, name: text('name'), request: { action, resource, principal: text('principal'), context }, expect, node, expectNode };
}

/** {"aws:SourceIp": "203.0.113.7", "aws:TagKeys": ["a", "b"]}; null when malformed (already reported). */
function parseContext(node: Node | undefined, problem: Report): Record<string, string | string[]> | undefined | null {
  if (!node) return undefined;
  if (node.type !== 'object') {
    problem(node, '"context" must map condition keys to a string or an array of strings.');
    return null;
  }
  const context: Record<string, string | string[]> = {};
  let ok = true;
  for (const prop of node.children ?? []) {
    const key = prop.children?.[0]?.value as string;
    const value = valueOf(prop);
    const scalar = (n: Node) => n.type === 'string' || n.type === 'number' || n.type === 'boolean';
    if (value && scalar(value)) context[key] = String(value.value);
    else if (value?.type === 'array' && (value.children ?? []).every(scalar)) context[key] = (value.children ?? []).map((n) => String(n.value));
    else {
      problem(value ?? prop, `The context value of ${key} must be a string or an array of strings.`);
      ok = false;
    }
  }
  return ok ? context : null;
}
