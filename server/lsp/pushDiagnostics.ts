import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { documentDiagnostics } from './documentDiagnostics';
import { guardNotification } from './guard';
import type { ServerContext } from './serverContext';

/** Typing pauses shorter than this publish once, for the last version. */
export const PUSH_DEBOUNCE_MS = 150;

/**
 * publishDiagnostics for clients without pull support: per document, debounced while typing, at
 * once when a document opens or the settings change.
 */
export class PushDiagnostics {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Per document, how many times it was cleared (closed): a publication computed before a close is dropped. */
  private readonly clears = new Map<string, number>();
  private readonly publish: (uri: string) => void;

  constructor(private readonly context: ServerContext) {
    this.publish = guardNotification(context.connection.console, 'Publishing diagnostics', async (uri: string) => {
      const clearsBefore = this.clears.get(uri) ?? 0;
      const result = await documentDiagnostics(context, uri);
      // Closed meanwhile (even if reopened since), or a newer version is already scheduled: that one will publish.
      if (!result || this.timers.has(uri) || (this.clears.get(uri) ?? 0) !== clearsBefore) return;
      await context.connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
    });
  }

  /** Publishes on open at once, on edits after a pause, and clears on close. */
  listen(documents: TextDocuments<TextDocument>): void {
    const { console } = this.context.connection;
    // TextDocuments reports an open as an open followed by a content change.
    const justOpened = new Set<string>();
    documents.onDidOpen(guardNotification(console, 'Open', (event) => void justOpened.add(event.document.uri)));
    documents.onDidChangeContent(
      guardNotification(console, 'Change', (event) => this.schedule(event.document.uri, justOpened.delete(event.document.uri) ? 0 : PUSH_DEBOUNCE_MS)),
    );
    documents.onDidClose(guardNotification(console, 'Close', (event) => this.clear(event.document.uri)));
  }

  schedule(uri: string, delay = PUSH_DEBOUNCE_MS): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri);
      }, delay),
    );
  }

  scheduleAll(): void {
    for (const document of this.context.documents.all()) this.schedule(document.uri, 0);
  }

  /** A closed document keeps no squiggles. */
  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.clears.set(uri, (this.clears.get(uri) ?? 0) + 1);
    // Fails only when the connection is closing, and then there is no editor left to clear.
    this.context.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }
}
