import type { Catalog } from '../catalog/catalog';
import type { Diagnostic } from '../diagnostics';
import type { ParsedDocument } from '../document/parsedDocument';
import type { ServiceOptions } from '../options';
import type { Range, TextEdit } from '../text/lineIndex';
import type { Cursor } from './cursor';

/** What hover and completion providers receive. */
export interface FeatureContext {
  doc: ParsedDocument;
  catalog: Catalog;
  options: ServiceOptions;
  cursor: Cursor;
}

export interface Hover {
  /** Markdown. */
  contents: string;
  range?: Range;
}

export type CompletionKind = 'property' | 'value' | 'module' | 'function' | 'snippet' | 'keyword' | 'enum' | 'constant';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Replaces `range` (the token being typed) when accepted. */
  textEdit?: TextEdit;
  insertText?: string;
  /** Edits elsewhere that accepting the item also makes, such as the comma a property it adds needs before it. */
  additionalTextEdits?: TextEdit[];
  /** The text inserted is a snippet with $1 placeholders. */
  isSnippet?: boolean;
  filterText?: string;
  sortText?: string;
}

export interface CodeAction {
  title: string;
  kind: 'quickfix' | 'source.fixAll';
  diagnostics?: Diagnostic[];
  edits?: TextEdit[];
  command?: { title: string; command: string; arguments?: unknown[] };
  isPreferred?: boolean;
  /** Shown instead of applying: why the action cannot run here (an editor's Fix All says it). */
  disabled?: { reason: string };
}

export type HoverProvider = (context: FeatureContext) => Hover | undefined;
export type CompletionProvider = (context: FeatureContext) => CompletionItem[];
