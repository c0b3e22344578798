import type { SourceNode } from '../sources/types';
import { isIntrinsic } from '../document/policyView';

/**
 * Resolves CloudFormation intrinsics where the template says enough: Ref to a parameter with a
 * Default or to a pseudo parameter, Fn::Sub (string or [string, variables]) and Fn::Join over values
 * that resolve. Anything else (Fn::GetAtt, a parameter without a default, AWS::StackName, Fn::If) is
 * left as written and reported, never guessed.
 */

/** Values by name: parameters, pseudo parameters, Fn::Sub variables. */
export interface Bindings {
  get(name: string): string | undefined;
}

export interface Resolution {
  /** The tree with every resolvable intrinsic object replaced by a string node over the same span. */
  node: SourceNode;
  /** The intrinsics left as written, as "Fn::GetAtt ChatInstance.Arn". */
  unresolved: { text: string; offset: number; length: number }[];
  /** The names of the bindings the resolved intrinsics used. */
  used: Set<string>;
}

export function resolveIntrinsics(node: SourceNode, bindings: Bindings): Resolution {
  const unresolved: Resolution['unresolved'] = [];
  const used = new Set<string>();
  const recording: Bindings = {
    get(name) {
      const value = bindings.get(name);
      if (value !== undefined) used.add(name);
      return value;
    },
  };
  const resolved = rebuild(node, undefined, recording, unresolved);
  return { node: resolved, unresolved, used };
}

function rebuild(node: SourceNode, parent: SourceNode | undefined, bindings: Bindings, unresolved: Resolution['unresolved']): SourceNode {
  if (isIntrinsic(node)) {
    const value = valueOfIntrinsic(node, bindings);
    if (value !== undefined) return { type: 'string', offset: node.offset, length: node.length, parent, value };
    unresolved.push({ text: describe(node), offset: node.offset, length: node.length });
    return node;
  }
  if (!node.children) return node;
  const copy: { -readonly [K in keyof SourceNode]: SourceNode[K] } = { ...node, parent };
  copy.children = node.children.map((child) => rebuild(child, copy, bindings, unresolved));
  return copy;
}

/** The string an intrinsic stands for, or undefined when it cannot be known offline. */
export function valueOfIntrinsic(node: SourceNode, bindings: Bindings): string | undefined {
  if (node.type === 'string') return node.value as string;
  if (!isIntrinsic(node)) return undefined;
  const property = node.children![0];
  const name = property.children?.[0]?.value as string;
  const argument = property.children?.[1];
  if (!argument) return undefined;
  if (name === 'Ref') return argument.type === 'string' ? bindings.get(argument.value as string) : undefined;
  if (name === 'Fn::Sub') return substitute(argument, bindings);
  if (name === 'Fn::Join') return join(argument, bindings);
  return undefined;
}

function substitute(argument: SourceNode, bindings: Bindings): string | undefined {
  const [template, variables] = argument.type === 'array' ? (argument.children ?? []) : [argument];
  if (template?.type !== 'string') return undefined;
  // The variables map's own names hide the template's; one that does not resolve hides it too.
  const own = new Map<string, string | undefined>();
  for (const prop of variables?.type === 'object' ? (variables.children ?? []) : []) {
    const key = prop.children?.[0]?.value as string;
    own.set(key, prop.children?.[1] && valueOfIntrinsic(prop.children[1], bindings));
  }
  const local: Bindings = { get: (name) => (own.has(name) ? own.get(name) : bindings.get(name)) };
  let missing = false;
  // "${!Literal}" writes "${Literal}"; "${Name}" and "${Resource.Attribute}" are variables.
  const text = (template.value as string).replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, variable: string) => {
    if (bang) return `\${${variable}}`;
    const value = local.get(variable.trim());
    if (value === undefined) missing = true;
    return value ?? whole;
  });
  return missing ? undefined : text;
}

function join(argument: SourceNode, bindings: Bindings): string | undefined {
  const [delimiter, list] = argument.type === 'array' ? (argument.children ?? []) : [];
  if (delimiter?.type !== 'string' || list?.type !== 'array') return undefined;
  const parts = (list.children ?? []).map((part) => valueOfIntrinsic(part, bindings));
  return parts.every((part): part is string => part !== undefined) ? parts.join(delimiter.value as string) : undefined;
}

/** "Fn::GetAtt ChatInstance.Arn", "Ref InstanceId", "Fn::Sub arn:...:${Unknown}" */
function describe(node: SourceNode): string {
  const property = node.children![0];
  const name = property.children?.[0]?.value as string;
  const argument = property.children?.[1];
  const shown = (n: SourceNode | undefined): string =>
    !n ? '' : n.type === 'string' ? (n.value as string) : n.type === 'array' ? (n.children ?? []).map(shown).join('.') : '…';
  return `${name} ${shown(argument)}`.trim();
}
