import type { SourceNode } from '../sources/types';
import type { ParsedDocument } from '../document/parsedDocument';
import { isIntrinsic, propertiesOf, valueOf } from '../document/policyView';
import { valueOfIntrinsic, type Bindings } from './intrinsics';

/**
 * The IAM resources of one CloudFormation template (JSON, or any format whose adapter builds the same
 * tree): roles and users with their names, the policies attached to them, and SCPs. Names and
 * references are read as written; a name given by an intrinsic is resolved with the template's
 * parameter defaults and the request's pseudo parameters when it can be.
 */

export interface TemplateResource {
  doc: ParsedDocument;
  logicalId: string;
  type: string;
  /** The Properties object. */
  properties: Map<string, SourceNode>;
  /** The resource object, to point at. */
  node: SourceNode;
}

export interface Template {
  doc: ParsedDocument;
  resources: TemplateResource[];
  /** Parameter defaults by name, for Ref and Fn::Sub. */
  parameterDefaults: Map<string, string>;
}

/** The template a document holds, or undefined when it has no Resources object. */
export function templateOf(doc: ParsedDocument): Template | undefined {
  const root = doc.root;
  if (root?.type !== 'object') return undefined;
  const top = propertiesOf(root);
  const resources = valueOf(top.get('Resources'));
  if (resources?.type !== 'object') return undefined;
  const parameterDefaults = new Map<string, string>();
  const parameters = valueOf(top.get('Parameters'));
  for (const prop of parameters?.type === 'object' ? (parameters.children ?? []) : []) {
    const name = prop.children?.[0]?.value;
    const definition = prop.children?.[1];
    const fallback = definition?.type === 'object' ? valueOf(propertiesOf(definition).get('Default')) : undefined;
    if (typeof name === 'string' && fallback && (fallback.type === 'string' || fallback.type === 'number')) parameterDefaults.set(name, String(fallback.value));
  }
  const list: TemplateResource[] = [];
  for (const prop of resources.children ?? []) {
    const logicalId = prop.children?.[0]?.value;
    const node = prop.children?.[1];
    if (typeof logicalId !== 'string' || node?.type !== 'object') continue;
    const fields = propertiesOf(node);
    const type = valueOf(fields.get('Type'));
    const properties = valueOf(fields.get('Properties'));
    if (type?.type !== 'string') continue;
    list.push({ doc, logicalId, type: type.value as string, properties: properties?.type === 'object' ? propertiesOf(properties) : new Map(), node });
  }
  return { doc, resources: list, parameterDefaults };
}

/** The value node of a resource's property. */
export function property(resource: TemplateResource, name: string): SourceNode | undefined {
  return valueOf(resource.properties.get(name));
}

/** The entries of a list property (or the single value), each a string or an intrinsic. */
export function listEntries(node: SourceNode | undefined): SourceNode[] {
  if (!node) return [];
  return node.type === 'array' ? (node.children ?? []) : [node];
}

/** The logical id a {"Ref": "X"} names, if the node is one. */
export function refTarget(node: SourceNode): string | undefined {
  if (!isIntrinsic(node)) return undefined;
  const prop = node.children![0];
  const argument = prop.children?.[1];
  return prop.children?.[0]?.value === 'Ref' && argument?.type === 'string' ? (argument.value as string) : undefined;
}

/** A string property's value, resolving intrinsics with the bindings; undefined when unknown. */
export function stringValue(node: SourceNode | undefined, bindings: Bindings): string | undefined {
  if (!node) return undefined;
  return node.type === 'string' ? (node.value as string) : valueOfIntrinsic(node, bindings);
}
