import type { JSONPath, Node } from 'jsonc-parser';
import { holdsNoIamPolicy, resourceTypeOf, singleStatementProperty } from './cloudFormationPolicies';
import { propertiesOf, valueOf, type CloudFormationPlacement, type PolicyForm, type PolicyView, type StatementView } from './policyView';

/** Property names under which CloudFormation, the AWS CLI and SDK output hold a policy document. */
const POLICY_HOLDERS = new Set([
  'PolicyDocument',
  'AssumeRolePolicyDocument',
  'KeyPolicy',
  'Document',
  'PermissionsBoundaryPolicyDocument',
  'ResourcePolicy',
  'Policy',
]);

/**
 * Finds the policies in a parsed JSON tree: the root when it has a Statement, and any nested object
 * shaped like a policy (Statement plus Version, or held by a known property, or whose statements
 * carry Effect/Action). Policies are not searched inside other policies.
 */
export function findPolicies(root: Node | undefined, forcePolicy = false): PolicyView[] {
  if (!root || root.type !== 'object') return [];
  const rootProps = propertiesOf(root);
  if (rootProps.has('Statement')) return [buildPolicy(root, [], 'root', undefined, rootProps)];
  const found: PolicyView[] = [];
  walk(root, [], undefined, undefined, found);
  // A document forced to be a policy is one itself when it holds none.
  if (found.length === 0 && forcePolicy) return [buildPolicy(root, [], 'root', undefined, rootProps)];
  return found;
}

/** The CloudFormation resource being walked; `property` is unset at its Properties object itself. */
interface ResourceContext {
  type: string;
  property?: string;
}

/**
 * Searches below `node`; `path` is the one path being walked, extended and restored in place (a large
 * template has tens of thousands of nodes), and copied only for a policy found.
 */
function walk(node: Node, path: JSONPath, holder: string | undefined, resource: ResourceContext | undefined, found: PolicyView[]): void {
  if (node.type === 'object') {
    if (resource && resource.property === undefined) {
      walkResourceProperties(node, path, resource.type, found);
      return;
    }
    if (path.length > 0 && hasKey(node, 'Statement')) {
      const props = propertiesOf(node);
      if (looksLikePolicy(props, holder)) {
        found.push(buildPolicy(node, [...path], 'embedded', holder, props, 'document', placement(resource)));
        return;
      }
    }
    // A CloudFormation resource sits under Resources; what its Properties hold depends on its Type.
    const resourceType = path[path.length - 2] === 'Resources' ? resourceTypeOf(node) : undefined;
    for (const prop of node.children ?? []) {
      const key = prop.children?.[0]?.value as string;
      const value = prop.children?.[1];
      if (value?.children) {
        path.push(key);
        walk(value, path, key, resourceType && key === 'Properties' ? { type: resourceType } : resource, found);
        path.pop();
      }
    }
  } else if (node.type === 'array') {
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) {
      if (!children[i].children) continue;
      path.push(i);
      walk(children[i], path, holder, resource, found);
      path.pop();
    }
  }
}

/** The Properties object of a resource of type `type`: each property is walked knowing its name. */
function walkResourceProperties(properties: Node, path: JSONPath, type: string, found: PolicyView[]): void {
  if (holdsNoIamPolicy(type)) return;
  const single = singleStatementProperty(type);
  const props = propertiesOf(properties);
  if (single !== undefined && valueOf(props.get(single))?.type === 'object') {
    found.push(buildPolicy(properties, [...path], 'embedded', single, props, 'statement', { resourceType: type, property: single }));
    return;
  }
  for (const prop of properties.children ?? []) {
    const key = prop.children?.[0]?.value as string;
    const value = prop.children?.[1];
    if (!value?.children) continue;
    path.push(key);
    walk(value, path, key, { type, property: key }, found);
    path.pop();
  }
}

function placement(resource: ResourceContext | undefined): CloudFormationPlacement | undefined {
  return resource?.property === undefined ? undefined : { resourceType: resource.type, property: resource.property };
}

/** Whether an object has a property named `key` (without building its property map). */
function hasKey(object: Node, key: string): boolean {
  for (const prop of object.children ?? []) if (prop.children?.[0]?.value === key) return true;
  return false;
}

function looksLikePolicy(props: Map<string, Node>, holder: string | undefined): boolean {
  const statement = valueOf(props.get('Statement'));
  if (!statement) return false;
  if (holder !== undefined && POLICY_HOLDERS.has(holder)) return true;
  // A policy's Version is a string and its Statement a list or object; a JSON schema or OpenAPI spec
  // describing policies has an object for Version, and other data may say "Version" and "Statement" in words.
  const shaped = statement.type === 'array' || statement.type === 'object';
  if (shaped && valueOf(props.get('Version'))?.type === 'string') return true;
  const first = statement.type === 'array' ? statement.children?.[0] : statement;
  if (!first || first.type !== 'object') return false;
  const statementProps = propertiesOf(first);
  return statementProps.has('Effect') || statementProps.has('Action') || statementProps.has('NotAction');
}

function buildPolicy(
  node: Node,
  path: JSONPath,
  home: PolicyView['home'],
  holder: string | undefined,
  properties: Map<string, Node>,
  form: PolicyForm = 'document',
  cloudFormation?: CloudFormationPlacement,
): PolicyView {
  const policy: PolicyView = {
    node,
    path,
    home,
    holder,
    kind: 'identity',
    form,
    cloudFormation,
    properties,
    // A single statement has no Version of its own; the service writes the document around it.
    version: form === 'document' ? valueOf(properties.get('Version')) : undefined,
    statementValue: valueOf(properties.get('Statement')),
    statements: [],
  };
  const value = policy.statementValue;
  const statementNodes = value?.type === 'array' ? (value.children ?? []) : value?.type === 'object' ? [value] : [];
  statementNodes.forEach((statementNode, index) => {
    if (statementNode.type !== 'object') return;
    const statementPath = value?.type === 'array' ? [...path, 'Statement', index] : [...path, 'Statement'];
    policy.statements.push(buildStatement(policy, statementNode, index, statementPath));
  });
  const hasPrincipal = policy.statements.some((s) => s.principal || s.notPrincipal);
  policy.kind = hasPrincipal || holder === 'AssumeRolePolicyDocument' || holder === 'KeyPolicy' ? 'resource' : 'identity';
  return policy;
}

function buildStatement(policy: PolicyView, node: Node, index: number, path: JSONPath): StatementView {
  const properties = propertiesOf(node);
  const get = (key: string) => valueOf(properties.get(key));
  return {
    policy,
    node,
    index,
    path,
    properties,
    sid: get('Sid'),
    effect: get('Effect'),
    principal: get('Principal'),
    notPrincipal: get('NotPrincipal'),
    action: get('Action'),
    notAction: get('NotAction'),
    resource: get('Resource'),
    notResource: get('NotResource'),
    condition: get('Condition'),
  };
}
