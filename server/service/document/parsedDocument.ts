import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../text/lineIndex';
import { findPolicies } from './findPolicies';
import { nestsTooDeep } from './nestingDepth';
import { scanTokenFacts, type TokenFacts } from './jsonTokens';
import { parseStrictJson } from './strictJson';
import type { PolicyView } from './policyView';
import { jsonWriter } from '../sources/json/writer';
import type { SourceFormat, SourceWriter } from '../sources/types';

/** What the service is given: an editor buffer or a file read by the CLI. */
export interface TextDocumentInput {
  uri: string;
  text: string;
  /** Editor version; when present, the parse is cached per uri and version. */
  version?: number;
  /** "json" or "jsonc" in the editor; the CLI passes "json". */
  languageId?: string;
}

/** A document parsed once per version and shared by every rule and feature. */
export interface ParsedDocument {
  input: TextDocumentInput;
  /** The syntax the text was read as; `writer` edits it in that syntax. */
  format: SourceFormat;
  text: string;
  root: Node | undefined;
  syntaxErrors: ParseError[];
  tokens: TokenFacts;
  lines: LineIndex;
  policies: PolicyView[];
  /** Nested deeper than MAX_NESTING, so not read; when it names a Statement it is still reported. */
  tooDeep: boolean;
  writer: SourceWriter;
}

/**
 * The text as the parsers see it: a leading byte-order mark (which some editors send, and the CLI
 * drops when reading) becomes a space, so it is not an "Invalid symbol" and every offset still agrees
 * with the editor's.
 */
function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

export function parseDocument(input: TextDocumentInput, forcePolicy = false): ParsedDocument {
  const syntaxErrors: ParseError[] = [];
  const text = withoutByteOrderMark(input.text);
  // Strict JSON (nearly every policy) has no syntax error, comment or trailing comma to find.
  const strict = parseStrictJson(text);
  // A text nested deeper than any policy or template is not read: every recursive pass would overflow the stack.
  const tooDeep = !strict && nestsTooDeep(text);
  const root = strict ? strict.root : tooDeep ? undefined : parseTree(text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  const policies = findPolicies(root, forcePolicy);
  const doc: Omit<ParsedDocument, 'writer'> & { writer?: SourceWriter } = {
    input,
    format: 'json',
    text,
    root,
    syntaxErrors,
    // Comments and trailing commas only matter in documents that hold a policy.
    tokens: !strict && (policies.length > 0 || forcePolicy) ? scanTokenFacts(text) : { comments: [], trailingCommas: [] },
    lines: new LineIndex(text),
    policies,
    tooDeep,
  };
  doc.writer = jsonWriter(doc as ParsedDocument);
  return doc as ParsedDocument;
}

/** A small per-uri cache so that diagnostics, hovers and code actions on one version parse once. */
export class DocumentCache {
  private readonly entries = new Map<string, { version: number; forcePolicy: boolean; doc: ParsedDocument }>();

  get(input: TextDocumentInput, forcePolicy = false): ParsedDocument {
    if (input.version === undefined) return parseDocument(input, forcePolicy);
    const hit = this.entries.get(input.uri);
    if (hit && hit.version === input.version && hit.forcePolicy === forcePolicy && hit.doc.input.text === input.text) return hit.doc;
    const doc = parseDocument(input, forcePolicy);
    this.entries.set(input.uri, { version: input.version, forcePolicy, doc });
    return doc;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
