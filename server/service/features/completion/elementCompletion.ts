import type { Node } from 'jsonc-parser';
import { keyOf } from '../../document/policyView';
import { POLICY_ELEMENTS, STATEMENT_ELEMENTS } from '../../rules/structure/elements';
import type { CompletionItem, FeatureContext } from '../types';
import { atLineStart, isFlowCollection, nextSignificant, previousSignificant } from './significant';
import { stringContentAt } from './stringContent';

interface ElementDoc {
  detail: string;
  /** What a new property starts as, with the cursor placed by $1. */
  snippet: string;
  /** The same in a YAML block mapping, when it differs (a nested block starts on the next line). */
  yamlSnippet?: string;
}

const ELEMENT_DOCS: Record<string, ElementDoc> = {
  Version: { detail: 'Policy language version: "2012-10-17"', snippet: '"2012-10-17"' },
  Id: { detail: 'Optional policy identifier', snippet: '"$1"' },
  Statement: { detail: 'The statements of the policy (required)', snippet: '[\n\t{\n\t\t$1\n\t}\n]', yamlSnippet: '\n\t- $1' },
  Sid: { detail: 'Optional statement ID (letters and digits in identity policies)', snippet: '"$1"' },
  Effect: { detail: 'Allow or Deny (required)', snippet: '"${1|Allow,Deny|}"' },
  Principal: { detail: 'Who the statement applies to (resource-based policies)', snippet: '{$1}', yamlSnippet: '\n\t$1' },
  NotPrincipal: { detail: 'Everyone except these principals (resource-based policies)', snippet: '{$1}', yamlSnippet: '\n\t$1' },
  Action: { detail: 'Actions the statement covers, "service:Action"', snippet: '"$1"' },
  NotAction: { detail: 'Every action except these', snippet: '"$1"' },
  Resource: { detail: 'ARNs the statement covers', snippet: '"$1"' },
  NotResource: { detail: 'Every resource except these', snippet: '"$1"' },
  Condition: { detail: 'When the statement applies: { operator: { key: value } }', snippet: '{\n\t"$1": {}\n}', yamlSnippet: '\n\t$1:\n\t\t' },
};

/** Elements that may not appear together: offering one where the other is present would only create an error. */
const EXCLUSIVE: Record<string, string> = {
  Action: 'NotAction',
  NotAction: 'Action',
  Resource: 'NotResource',
  NotResource: 'Resource',
  Principal: 'NotPrincipal',
  NotPrincipal: 'Principal',
};

/** Element names as property completions, at policy and statement level, leaving out keys already there. */
export function elementCompletion({ doc, cursor }: FeatureContext): CompletionItem[] {
  const { node, statement, policy } = cursor;
  if (!node || !policy) return [];
  const atStatement = statement !== undefined;
  const object = atStatement ? statement.node : policy.node;
  const names = atStatement ? STATEMENT_ELEMENTS : POLICY_ELEMENTS;
  if (cursor.isKey && (atStatement ? cursor.statementPath : cursor.policyPath)?.length === 1) {
    // Typing a key inside its quotes: the name replaces what is between them.
    const span = stringContentAt(doc, node, cursor.offset);
    if (!span) return [];
    const range = doc.lines.range(span.start, span.end - span.start);
    return available(names, object, node).map((name) => ({ ...item(name, names), textEdit: { range, newText: name } }));
  }
  if (node === object && !isFlowCollection(doc.text, object, doc.format)) {
    // A line of its own in a YAML block mapping: `Name: value`, the value in block style.
    if (!atLineStart(doc.text, cursor.offset)) return [];
    const range = doc.lines.range(cursor.offset, 0);
    return available(names, object, undefined).map((name) => ({
      ...item(name, names),
      textEdit: { range, newText: `${name}:${blockValue(ELEMENT_DOCS[name])}` },
      isSnippet: true,
      filterText: name,
    }));
  }
  if (node === object) {
    // Between properties: a whole new property, with the commas it needs around it.
    const before = previousSignificant(doc.text, cursor.offset);
    const after = nextSignificant(doc.text, cursor.offset);
    const lead = before === '{' || before === ',' ? '' : ',';
    // A property follows: its key starts with a quote in JSON, with any character in a YAML flow mapping.
    const trail = after === '"' || (doc.format !== 'json' && after !== undefined && after !== '}') ? ',' : '';
    const range = doc.lines.range(cursor.offset, 0);
    return available(names, object, undefined).map((name) => ({
      ...item(name, names),
      textEdit: { range, newText: `${lead}"${name}": ${ELEMENT_DOCS[name].snippet}${trail}` },
      isSnippet: true,
      filterText: `"${name}"`,
    }));
  }
  return [];
}

/** What follows `Name:` in a YAML block mapping: a scalar after a space, or a nested block on the next line. */
function blockValue({ snippet, yamlSnippet }: ElementDoc): string {
  const value = yamlSnippet ?? snippet;
  return value.startsWith('\n') ? value : ` ${value}`;
}

function item(name: string, order: readonly string[]): CompletionItem {
  return { label: name, kind: 'property', detail: ELEMENT_DOCS[name].detail, sortText: String(order.indexOf(name)).padStart(2, '0') };
}

/** Names not yet in the object (the key being typed does not count) and not excluded by their counterpart. */
function available(names: readonly string[], object: Node, typing: Node | undefined): string[] {
  const present = new Set<string>();
  for (const prop of object.children ?? []) {
    const key = keyOf(prop);
    if (key && key !== typing && typeof key.value === 'string') present.add(key.value);
  }
  return names.filter((name) => !present.has(name) && !(EXCLUSIVE[name] && present.has(EXCLUSIVE[name])));
}
