import type { Node } from 'jsonc-parser';
import type { ParsedDocument } from '../../document/parsedDocument';
import { keyOf } from '../../document/policyView';
import { POLICY_ELEMENTS, STATEMENT_ELEMENTS } from '../../rules/structure/elements';
import type { Range, TextEdit } from '../../text/lineIndex';
import type { CompletionItem, FeatureContext } from '../types';
import { atLineStart, commaNeededAfter, isFlowCollection, leadingCommaEdit } from './significant';
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
    if (doc.format === 'json') return keyItems(doc, node, object, names, cursor.offset);
    // A YAML key: the name replaces what is typed, the colon and value stay as written.
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
    const lead = leadingCommaEdit(doc, object, cursor.offset);
    // A property follows: its key starts with a quote in JSON, with any character in a YAML flow mapping.
    const after = /\S/.exec(doc.text.slice(cursor.offset, cursor.offset + 200))?.[0];
    const trail = commaNeededAfter(doc.text, cursor.offset) || (doc.format !== 'json' && after !== undefined && after !== '}') ? ',' : '';
    return wholeProperties(available(names, object, undefined), names, doc.lines.range(cursor.offset, 0), trail, lead);
  }
  return [];
}

/** What follows `Name:` in a YAML block mapping: a scalar after a space, or a nested block on the next line. */
function blockValue({ snippet, yamlSnippet }: ElementDoc): string {
  const value = yamlSnippet ?? snippet;
  return value.startsWith('\n') ? value : ` ${value}`;
}

/**
 * Typing a key inside its quotes. A key that already has its colon keeps its value: only the name is
 * replaced. A bare key becomes the whole property, with the commas it needs on either side.
 */
function keyItems(doc: ParsedDocument, key: Node, object: Node, names: readonly string[], offset: number): CompletionItem[] {
  const span = stringContentAt(doc, key, offset);
  if (!span) return [];
  const lead = leadingCommaEdit(doc, object, key.offset);
  const choices = available(names, object, key);
  if (key.parent?.colonOffset !== undefined) {
    const range = doc.lines.range(span.start, span.end - span.start);
    return choices.map((name) => ({ ...item(name, names), textEdit: { range, newText: name }, additionalTextEdits: lead }));
  }
  // The closing quote, when typed, is replaced too; an unterminated key ends at the cursor.
  const end = doc.text[span.end] === '"' ? span.end + 1 : span.end;
  const trail = commaNeededAfter(doc.text, end) ? ',' : '';
  return wholeProperties(choices, names, doc.lines.range(key.offset, end - key.offset), trail, lead);
}

/** Items that write `"Name": value` over `range`, followed by `trail`, with the `lead` edits before them. */
function wholeProperties(choices: string[], names: readonly string[], range: Range, trail: string, lead: TextEdit[] | undefined): CompletionItem[] {
  return choices.map((name) => ({
    ...item(name, names),
    textEdit: { range, newText: `"${name}": ${ELEMENT_DOCS[name].snippet}${trail}` },
    additionalTextEdits: lead,
    isSnippet: true,
    filterText: `"${name}"`,
  }));
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
