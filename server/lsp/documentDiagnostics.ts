import type { CancellationToken, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, type Diagnostic } from '../service/diagnostics';
import type { TextDocumentInput } from '../service/document/parsedDocument';
import type { ServiceOptions } from '../service/options';
import { liveAssertionDiagnostics } from './assertions';
import { throwIfCancelled } from './cancellation';
import { toLspDiagnostic } from './convert';
import { DOCUMENT_SKIPPED_CODE, isTooLarge, skippedDocumentDiagnostics } from './largeDocument';
import { OFF_THREAD_CHARS, ValidationCancelled, WORKER_HEAP_MB } from './offThreadValidation';
import type { ServerContext } from './serverContext';

/** Diagnostics of one open document, under its settings; shared by the pull and the push model. */
export async function documentDiagnostics(context: ServerContext, uri: string, token?: CancellationToken): Promise<{ version: number; diagnostics: LspDiagnostic[] } | undefined> {
  const options = await context.options(uri);
  // Settings may take a round trip; check the document after it, not before.
  const document = context.documents.get(uri);
  if (!document) return undefined;
  if (token) throwIfCancelled(token);
  // The document object is updated in place by later edits: keep the version these results are for.
  const version = document.version;
  const text = document.getText();
  if (isTooLarge(text)) {
    return { version, diagnostics: options.enabled === false ? [] : skippedDocumentDiagnostics(text, options.forcePolicy ?? false) };
  }
  const found = await validate(context, context.input(document), options, token);
  if (!found) return undefined;
  const diagnostics = found.map(toLspDiagnostic);
  diagnostics.push(...(await liveAssertionDiagnostics(context, uri)));
  return { version, diagnostics };
}

/**
 * Large documents on the worker thread, so the others keep answering; undefined when a newer version
 * superseded this one. A cancelled request gets the LSP cancellation error.
 */
async function validate(context: ServerContext, input: TextDocumentInput, options: Partial<ServiceOptions>, token?: CancellationToken): Promise<Diagnostic[] | undefined> {
  if (input.text.length < OFF_THREAD_CHARS || !context.validator.available) return context.service.validate(input, options);
  try {
    return await context.validator.validate(input, options, context.catalog, token);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return [outOfMemoryDiagnostic()];
    if (!(error instanceof ValidationCancelled)) throw error;
    if (token) throwIfCancelled(token);
    return undefined;
  }
}

/** What a document gets whose check needed more memory than the validation worker has (a million statements). */
function outOfMemoryDiagnostic(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 'information',
    code: DOCUMENT_SKIPPED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `Connect IAM did not finish checking this document: it needed more than the ${WORKER_HEAP_MB} MB the check may use. Split the policies into smaller files to have them checked.`,
  };
}
