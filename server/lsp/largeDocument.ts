import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from '../service/diagnostics';

/** Above this many characters a document is not checked as you type, so the editor never stalls. */
export const MAX_DOCUMENT_CHARS = 5 * 1024 * 1024;

export const DOCUMENT_SKIPPED_CODE = 'document-too-large';

export function isTooLarge(text: string): boolean {
  return text.length > MAX_DOCUMENT_CHARS;
}

/**
 * The one finding for a skipped document. Only documents that look like they hold a policy (or that
 * the user declared as policies) get it: a huge package-lock.json deserves silence.
 */
export function skippedDocumentDiagnostics(text: string, forcePolicy: boolean): LspDiagnostic[] {
  if (!forcePolicy && !text.includes('"Statement"')) return [];
  const megabytes = (text.length / (1024 * 1024)).toFixed(1);
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: DOCUMENT_SKIPPED_CODE,
      source: DIAGNOSTIC_SOURCE,
      message: `Connect IAM did not check this document: at ${megabytes} MB it is larger than the 5 MB it checks as you type. Split the policies into smaller files to have them checked.`,
    },
  ];
}
