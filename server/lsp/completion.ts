import type { CompletionItem } from 'vscode-languageserver';
import { yieldUnlessCancelled } from './cancellation';
import { toLspCompletionItem } from './convert';
import { guard } from './guard';
import { isTooLarge } from './largeDocument';
import type { ServerContext } from './serverContext';

/** `"` opens a key or a value, `:` follows a service prefix in an action. */
export const COMPLETION_TRIGGER_CHARACTERS = ['"', ':'];

export function registerCompletion(context: ServerContext): void {
  const { connection } = context;
  connection.onCompletion(
    guard(connection.console, 'Completion', [], async (params, token): Promise<CompletionItem[]> => {
      await yieldUnlessCancelled(token);
      const options = await context.options(params.textDocument.uri);
      const document = context.documents.get(params.textDocument.uri);
      if (!document || isTooLarge(document.getText())) return [];
      return context.service.complete(context.input(document), params.position, options).map(toLspCompletionItem);
    }),
  );
}
