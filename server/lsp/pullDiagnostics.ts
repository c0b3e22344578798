import { DocumentDiagnosticReportKind, type DocumentDiagnosticReport } from 'vscode-languageserver';
import { liveAssertionsGeneration } from './assertions';
import { yieldUnlessCancelled } from './cancellation';
import { documentDiagnostics } from './documentDiagnostics';
import { guard, guardNotification } from './guard';
import type { ServerContext } from './serverContext';

/** textDocument/diagnostic: the client asks when it needs them; an unchanged result is not recomputed. */
export function registerPullDiagnostics(context: ServerContext): void {
  const { connection } = context;
  const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  // A version number is only unique within one opening of a document: a reopened one starts again at
  // the editor's choice, with other text. Each opening gets its own number in the result id.
  let openings = 0;
  const opening = new Map<string, number>();
  context.documents.onDidOpen(guardNotification(connection.console, 'Open', (event) => void opening.set(event.document.uri, ++openings)));
  context.documents.onDidClose(guardNotification(connection.console, 'Close', (event) => void opening.delete(event.document.uri)));
  connection.languages.diagnostics.on(
    guard(connection.console, 'Diagnostics', empty, async (params, token): Promise<DocumentDiagnosticReport> => {
      await yieldUnlessCancelled(token);
      const uri = params.textDocument.uri;
      const document = context.documents.get(uri);
      if (!document) return empty;
      // Read before computing: a settings change meanwhile makes the result look stale, never fresh.
      const generation = `${opening.get(uri) ?? 0}.${context.settings.generation}.${liveAssertionsGeneration(context, uri)}`;
      if (params.previousResultId === `${document.version}:${generation}`) {
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: params.previousResultId };
      }
      const result = await documentDiagnostics(context, uri, token);
      if (!result) return empty;
      return { kind: DocumentDiagnosticReportKind.Full, resultId: `${result.version}:${generation}`, items: result.diagnostics };
    }),
  );
}

/** After a settings change the client must pull again; only clients that said they can are asked. */
export function refreshPulledDiagnostics(context: ServerContext): void {
  context.connection.languages.diagnostics.refresh().catch((error: unknown) => {
    context.connection.console.warn(`The client did not accept a diagnostics refresh: ${String(error)}`);
  });
}
