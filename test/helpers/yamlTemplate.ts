import { findNodeAtOffset, getNodePath, type Node } from 'jsonc-parser';
import { withDefaults, type ServiceOptions } from '../../server/service/options';
import { service } from './service';

/**
 * Renders rule-table cases as CloudFormation templates in both JSON and YAML, so that a test can check
 * that a rule finds the same things in either syntax. The YAML is written as people write templates:
 * block mappings and lists, plain scalars where YAML reads them back as the same string, and the
 * short form (`!Sub ...`, `!Ref ...`) for every intrinsic function.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The template forms of a case: a policy document is put into an AWS::IAM::ManagedPolicy; a template
 * gets an AWSTemplateFormatVersion if it has none (YAML is read as a template only when it says so).
 */
export function asTemplates(text: string): { json: string; yaml: string } | undefined {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const template: Json = 'Resources' in value ? { AWSTemplateFormatVersion: '2010-09-09', ...value } : { Resources: { Policy: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: value } } } };
  return { json: `${JSON.stringify(template, null, 2)}\n`, yaml: yamlText(template) };
}

/** A JSON value written as a YAML document, in the style described above. */
export function yamlText(value: unknown): string {
  return `${block(value as Json, 0)}\n`;
}

/** What a rule found, as (rule id, JSON path) pairs, sorted: comparable across syntaxes. */
export function findingsByPath(ruleId: string, uri: string, text: string, options?: Partial<ServiceOptions>): string[] {
  const input = { uri, text };
  const doc = service().parse(input, withDefaults(options));
  return service()
    .validate(input, options)
    .filter((d) => d.code === ruleId)
    .map((d) => {
      const offset = doc.lines.offsetAt(d.range.start);
      const length = doc.lines.offsetAt(d.range.end) - offset;
      const subject = doc.root ? subjectOf(findNodeAtOffset(doc.root, offset, true), offset, length) : undefined;
      return `${ruleId} ${JSON.stringify(subject ? getNodePath(subject) : [])}`;
    })
    .sort();
}

/**
 * The node a finding is about: the smallest one that covers its range, except that a finding of one
 * character where a mapping starts (JSON's `{`, the first letter of a YAML mapping's first key) is about
 * the outermost mapping starting there.
 */
function subjectOf(innermost: Node | undefined, offset: number, length: number): Node | undefined {
  let node = innermost;
  while (node?.parent && node.offset + node.length < offset + length) node = node.parent;
  if (length > 1) return node;
  let mapping: Node | undefined;
  for (let n = node; n && n.offset === offset; n = n.parent) if (n.type === 'object') mapping = n;
  return mapping ?? node;
}

const SHORT_FORMS = new Map([
  ['Ref', '!Ref'],
  ['Condition', '!Condition'],
  ...['Sub', 'GetAtt', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'ImportValue', 'Base64', 'Cidr', 'GetAZs', 'And', 'Or', 'Not', 'Equals', 'Transform'].map(
    (name): [string, string] => [`Fn::${name}`, `!${name}`],
  ),
]);

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A one-key mapping such as {"Fn::Sub": ...}, as its short-form tag. */
function shortForm(value: { [key: string]: Json }): string | undefined {
  const keys = Object.keys(value);
  return keys.length === 1 ? SHORT_FORMS.get(keys[0]) : undefined;
}

/** `value` as a block-style YAML value indented by `indent` spaces (a scalar or flow text on one line when it fits). */
function block(value: Json, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return value.map((item) => `${pad}- ${inline(item, indent + 2).trimStart()}`).join('\n');
  }
  if (isObject(value)) {
    const tag = shortForm(value);
    if (tag) return `${tag} ${flow(Object.values(value)[0])}`;
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return entries.map(([key, item]) => `${pad}${scalar(key)}:${afterKey(item, indent + 2)}`).join('\n');
  }
  return scalar(value);
}

/** What follows `key:`: a scalar, tag or empty collection on the same line, else a nested block. */
function afterKey(value: Json, indent: number): string {
  const nested = (Array.isArray(value) && value.length > 0) || (isObject(value) && !shortForm(value) && Object.keys(value).length > 0);
  return nested ? `\n${block(value, indent)}` : ` ${block(value, indent)}`;
}

/** A list item: a mapping starts on the dash's line, its other keys aligned under the first. */
function inline(value: Json, indent: number): string {
  if (Array.isArray(value) && value.length > 0) return flow(value);
  return block(value, indent);
}

/** Flow style (`[a, {k: v}]`), the only style a short-form tag's argument is written in here. */
function flow(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (isObject(value)) {
    const tag = shortForm(value);
    if (tag) return `${tag} ${flow(Object.values(value)[0])}`;
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${flow(item)}`)
      .join(', ')}}`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** A plain scalar where YAML reads it back as the same string, else a double-quoted one. */
function scalar(value: Json): string {
  if (typeof value !== 'string') return String(value);
  const plain = /^[A-Za-z/][\w:/.*${}@+=,-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value) && !value.includes(': ') && !value.endsWith(':');
  return plain ? value : JSON.stringify(value);
}
