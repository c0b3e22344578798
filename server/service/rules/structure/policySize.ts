import type { Node } from 'jsonc-parser';
import { isIntrinsic } from '../../document/policyView';

const WHITESPACE = /\s/g;

/**
 * The characters of a policy as IAM counts them against its size quotas: the JSON without whitespace
 * (the IAM quotas page: "IAM doesn't count white space"). Comments are not part of the policy.
 *
 * Inside a CloudFormation template the deployed text is not known, so this is a lower bound: the
 * literal text of an Fn::Sub counts without its ${...} references, and an entry whose value is another
 * intrinsic counts nothing (Fn::If may remove it with AWS::NoValue). A policy over its quota by this
 * count is over it once deployed.
 */
export function policySize(node: Node): number {
  return sizeOf(node) ?? 0;
}

/** Undefined for an intrinsic that may resolve to nothing: its entry, key and comma are not counted. */
function sizeOf(node: Node): number | undefined {
  if (isIntrinsic(node)) return subLiteralSize(node);
  switch (node.type) {
    case 'object':
      return container(node.children ?? [], (prop) => {
        const key = prop.children?.[0];
        const value = prop.children?.[1];
        const valueSize = value ? sizeOf(value) : 0;
        return valueSize === undefined || !key ? undefined : stringSize(key.value as string) + 1 + valueSize;
      });
    case 'array':
      return container(node.children ?? [], sizeOf);
    case 'string':
      return stringSize(node.value as string);
    default:
      return String(node.value).length;
  }
}

/** Brackets, the counted entries and the commas between them. */
function container(entries: Node[], size: (entry: Node) => number | undefined): number {
  const sizes = entries.map(size).filter((s): s is number => s !== undefined);
  return 2 + sizes.reduce((sum, s) => sum + s, 0) + Math.max(0, sizes.length - 1);
}

/** Characters that JSON escapes, and whitespace: without them a string's size is its length and its quotes. */
const ESCAPED_OR_WHITESPACE = /[\s"\\\x00-\x1f\ud800-\udfff]/;

function stringSize(text: string): number {
  if (!ESCAPED_OR_WHITESPACE.test(text)) return text.length + 2;
  return JSON.stringify(text).replace(WHITESPACE, '').length;
}

/** An Fn::Sub string: its quotes and literal text, the references left out. Other intrinsics: unknown. */
function subLiteralSize(node: Node): number | undefined {
  const prop = node.children?.[0];
  if (prop?.children?.[0]?.value !== 'Fn::Sub') return undefined;
  const value = prop.children[1];
  const template = value?.type === 'array' ? value.children?.[0] : value;
  if (template?.type !== 'string') return undefined;
  return stringSize((template.value as string).replace(/\$\{[^}]*\}/g, ''));
}
