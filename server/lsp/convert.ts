import {
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  InsertTextFormat,
  MarkupKind,
  type CodeAction as LspCodeAction,
  type CompletionItem as LspCompletionItem,
  type Diagnostic as LspDiagnostic,
  type Hover as LspHover,
} from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, type Diagnostic, type Severity } from '../service/diagnostics';
import type { CodeAction, CompletionItem, CompletionKind, Hover } from '../service/features/types';

/** Maps the pure service's LSP-shaped results to LSP proper: severities, kinds, tags, markup, edits. */

const SEVERITY_TO_LSP: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const LSP_TO_SEVERITY: Record<DiagnosticSeverity, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

const COMPLETION_KIND_TO_LSP: Record<CompletionKind, CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  module: CompletionItemKind.Module,
  function: CompletionItemKind.Function,
  snippet: CompletionItemKind.Snippet,
  keyword: CompletionItemKind.Keyword,
  enum: CompletionItemKind.EnumMember,
  constant: CompletionItemKind.Constant,
};

export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  const result: LspDiagnostic = {
    range: diagnostic.range,
    severity: SEVERITY_TO_LSP[diagnostic.severity],
    code: diagnostic.code,
    source: diagnostic.source,
    message: diagnostic.message,
  };
  if (diagnostic.codeDescription) result.codeDescription = diagnostic.codeDescription;
  if (diagnostic.data) result.data = diagnostic.data;
  if (diagnostic.unnecessary) result.tags = [DiagnosticTag.Unnecessary];
  return result;
}

/** The client hands our diagnostics back in code action requests; others' diagnostics are not ours to fix. */
export function fromLspDiagnostic(diagnostic: LspDiagnostic): Diagnostic | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || diagnostic.code === undefined) return undefined;
  const result: Diagnostic = {
    range: diagnostic.range,
    severity: LSP_TO_SEVERITY[diagnostic.severity ?? DiagnosticSeverity.Error] ?? 'error',
    code: String(diagnostic.code),
    source: DIAGNOSTIC_SOURCE,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
  };
  if (diagnostic.codeDescription) result.codeDescription = { href: diagnostic.codeDescription.href };
  if (isRecord(diagnostic.data)) result.data = diagnostic.data;
  if (diagnostic.tags?.includes(DiagnosticTag.Unnecessary)) result.unnecessary = true;
  return result;
}

export function toLspHover(hover: Hover): LspHover {
  const result: LspHover = { contents: { kind: MarkupKind.Markdown, value: hover.contents } };
  if (hover.range) result.range = hover.range;
  return result;
}

export function toLspCompletionItem(item: CompletionItem): LspCompletionItem {
  const result: LspCompletionItem = { label: item.label, kind: COMPLETION_KIND_TO_LSP[item.kind] };
  if (item.detail !== undefined) result.detail = item.detail;
  if (item.documentation !== undefined) result.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
  if (item.textEdit) result.textEdit = item.textEdit;
  if (item.additionalTextEdits) result.additionalTextEdits = item.additionalTextEdits;
  if (item.insertText !== undefined) result.insertText = item.insertText;
  if (item.isSnippet) result.insertTextFormat = InsertTextFormat.Snippet;
  if (item.filterText !== undefined) result.filterText = item.filterText;
  if (item.sortText !== undefined) result.sortText = item.sortText;
  return result;
}

/**
 * `original` gives back the client's own diagnostic objects, so the action refers to exactly what
 * the editor shows.
 */
export function toLspCodeAction(uri: string, action: CodeAction, original: (diagnostic: Diagnostic) => LspDiagnostic | undefined): LspCodeAction {
  const result: LspCodeAction = { title: action.title, kind: action.kind };
  if (action.diagnostics) {
    result.diagnostics = action.diagnostics.map((d) => original(d) ?? toLspDiagnostic(d));
  }
  if (action.edits && action.edits.length > 0) result.edit = { changes: { [uri]: action.edits } };
  if (action.command) result.command = action.command;
  if (action.isPreferred) result.isPreferred = true;
  if (action.disabled) result.disabled = action.disabled;
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
