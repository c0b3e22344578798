import type { CancellationToken, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { liveAssertionDiagnostics } from './assertions';
import { throwIfCancelled } from './cancellation';
import { toLspDiagnostic } from './convert';
import { isTooLarge, skippedDocumentDiagnostics } from './largeDocument';
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
  const diagnostics = context.service.validate(context.input(document), options).map(toLspDiagnostic);
  diagnostics.push(...(await liveAssertionDiagnostics(context, uri)));
  return { version, diagnostics };
}
