import type { Node, ParseError } from 'jsonc-parser';
import { LineIndex } from '../text/lineIndex';
import { findPolicies } from './findPolicies';
import type { PolicyView } from './policyView';
import { sourceFormatOf } from '../sources/format';
import { scanTokenFacts, type TokenFacts } from '../sources/json/jsonTokens';
import { parseJson } from '../sources/json/parse';
import { jsonWriter } from '../sources/json/writer';
import { parseYaml } from '../sources/yaml/parse';
import { yamlWriter } from '../sources/yaml/writer';
import { isCloudFormationTemplate } from '../sources/yaml/template';
import type { SourceFormat, SourceSyntaxError, SourceWriter } from '../sources/types';

/** What the service is given: an editor buffer or a file read by the CLI. */
export interface TextDocumentInput {
  uri: string;
  text: string;
  /** Editor version; when present, the parse is cached per uri and version. */
  version?: number;
  /** "json", "jsonc" or "yaml" in the editor; the CLI passes none, so the file's name and text decide. */
  languageId?: string;
}

/** A document parsed once per version and shared by every rule and feature. */
export interface ParsedDocument {
  input: TextDocumentInput;
  /** The syntax the text was read as; `writer` edits it in that syntax. */
  format: SourceFormat;
  text: string;
  root: Node | undefined;
  /** JSON syntax errors, as jsonc-parser reports them. */
  syntaxErrors: ParseError[];
  /** Syntax errors of the other formats, in their own words. */
  sourceErrors: SourceSyntaxError[];
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
  const text = withoutByteOrderMark(input.text);
  const format = sourceFormatOf({ uri: input.uri, text, languageId: input.languageId });
  const doc: Omit<ParsedDocument, 'writer'> & { writer?: SourceWriter } = format === 'yaml' ? readYaml(input, text, forcePolicy) : readJson(input, text, forcePolicy);
  doc.writer = format === 'yaml' ? yamlWriter(doc as ParsedDocument) : jsonWriter(doc as ParsedDocument);
  return doc as ParsedDocument;
}

function readJson(input: TextDocumentInput, text: string, forcePolicy: boolean): Omit<ParsedDocument, 'writer'> {
  const { root, syntaxErrors, strict, tooDeep } = parseJson(text);
  const policies = findPolicies(root, forcePolicy);
  return {
    input,
    format: 'json',
    text,
    root,
    syntaxErrors,
    sourceErrors: [],
    // Comments and trailing commas only matter in documents that hold a policy.
    tokens: !strict && (policies.length > 0 || forcePolicy) ? scanTokenFacts(text) : NO_TOKEN_FACTS,
    lines: new LineIndex(text),
    policies,
    tooDeep,
  };
}

function readYaml(input: TextDocumentInput, text: string, forcePolicy: boolean): Omit<ParsedDocument, 'writer'> {
  const { root, errors, tooDeep } = parseYaml(text);
  // YAML that is not a template (a CI workflow, a Kubernetes manifest) holds no policy of ours.
  const policies = forcePolicy || isCloudFormationTemplate(root) ? findPolicies(root as Node | undefined, forcePolicy) : [];
  return {
    input,
    format: 'yaml',
    text,
    root: root as Node | undefined,
    syntaxErrors: [],
    sourceErrors: errors,
    tokens: NO_TOKEN_FACTS,
    lines: new LineIndex(text),
    policies,
    tooDeep,
  };
}

/** A YAML text that says it is a template: a template section or a resource of an AWS type. */
const YAML_TEMPLATE_HINT = /^AWSTemplateFormatVersion[ \t]*:|^[ \t]+Type:[ \t]*["']?AWS::/m;

/**
 * Whether a document in which no policy was found may hold one that could not be read (too deep,
 * or a template whose YAML is broken): its syntax findings are shown rather than nothing.
 */
export function mayHideUnreadPolicy(doc: ParsedDocument): boolean {
  if (doc.format === 'yaml') return (doc.tooDeep || doc.sourceErrors.length > 0) && YAML_TEMPLATE_HINT.test(doc.text);
  return doc.tooDeep && doc.text.includes('"Statement"');
}

const NO_TOKEN_FACTS: TokenFacts = { comments: [], trailingCommas: [] };

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
