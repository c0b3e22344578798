import type { Node } from 'jsonc-parser';
import POLICY_SNIPPETS from '../../../../snippets/policy.json';
import { keyOf } from '../../document/policyView';
import type { CompletionItem, FeatureContext } from '../types';
import { commaNeededAfter, isFlowCollection, leadingCommaEdit } from './significant';

interface SnippetEntry {
  prefix: string[];
  description: string;
  body: string[];
}

/**
 * What a snippet writes: the body of a whole policy (Version and Statement, into an empty document
 * object), a statement (an entry of the Statement array) or one property of a statement.
 */
type SnippetShape = 'policyBody' | 'statement' | 'statementProperty';

interface PolicySnippet {
  name: string;
  prefix: string;
  description: string;
  body: string;
  shape: SnippetShape;
  /** For a property snippet, the element it writes ("Condition"): not offered where the statement has one. */
  element?: string;
}

/**
 * snippets/policy.json, offered by completion only where its text fits: the policy body in an empty
 * policy object, statement snippets between the entries of a Statement array, property snippets
 * between the properties of a statement. Never in other JSON, never inside a string (where the text
 * would break the document).
 */
const SNIPPETS: PolicySnippet[] = Object.entries(POLICY_SNIPPETS as Record<string, SnippetEntry>).map(([name, snippet]) => {
  const body = snippet.body.join('\n');
  const element = /^"(\w+)":/.exec(body)?.[1];
  const shape: SnippetShape = element === undefined ? 'statement' : element === 'Version' ? 'policyBody' : 'statementProperty';
  return { name, prefix: snippet.prefix[0], description: snippet.description, body, shape, element };
});

export function snippetCompletion({ doc, cursor }: FeatureContext): CompletionItem[] {
  const { node, statement, policy } = cursor;
  if (!node || !policy) return [];
  let shape: SnippetShape;
  if (statement && node === statement.node) shape = 'statementProperty';
  else if (!statement && node.type === 'array' && node === policy.statementValue) shape = 'statement';
  else if (!statement && node === policy.node && (node.children?.length ?? 0) === 0) shape = 'policyBody';
  else return [];
  // The snippets are JSON: in YAML they fit only where JSON's braces and commas do, in a flow collection.
  if (!isFlowCollection(doc.text, node, doc.format)) return [];
  // The word typed so far (the prefix, which is not JSON yet) is what the snippet replaces.
  const wordStart = cursor.offset - (/[\w-]*$/.exec(doc.text.slice(Math.max(0, cursor.offset - 100), cursor.offset))?.[0].length ?? 0);
  const lead = leadingCommaEdit(doc, node, wordStart);
  const trail = commaNeededAfter(doc.text, cursor.offset) ? ',' : '';
  const range = doc.lines.range(wordStart, cursor.offset - wordStart);
  const present = shape === 'statementProperty' ? keysOf(node) : new Set<string>();
  return SNIPPETS.filter((snippet) => snippet.shape === shape && !(snippet.element && present.has(snippet.element))).map((snippet) => ({
    label: snippet.prefix,
    kind: 'snippet',
    detail: snippet.name,
    documentation: snippet.description,
    textEdit: { range, newText: `${snippet.body}${trail}` },
    additionalTextEdits: lead,
    isSnippet: true,
    filterText: snippet.prefix,
  }));
}

function keysOf(object: Node): Set<string> {
  const keys = new Set<string>();
  for (const prop of object.children ?? []) {
    const key = keyOf(prop)?.value;
    if (typeof key === 'string') keys.add(key);
  }
  return keys;
}
