import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic } from '../service/diagnostics';
import { yieldUnlessCancelled } from './cancellation';
import { fromLspDiagnostic, toLspCodeAction } from './convert';
import { guard } from './guard';
import { isTooLarge } from './largeDocument';
import type { ServerContext } from './serverContext';

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll];

/**
 * Quick fixes for our diagnostics and source.fixAll; a fix's client command passes through as is. A
 * disabled action (Fix All with nothing safe, and why) goes only to clients that can show its reason.
 */
export function registerCodeActions(context: ServerContext, disabledSupport: boolean): void {
  const { connection } = context;
  connection.onCodeAction(
    guard(connection.console, 'Code actions', [], async (params, token): Promise<CodeAction[]> => {
      await yieldUnlessCancelled(token);
      const uri = params.textDocument.uri;
      const options = await context.options(uri);
      const document = context.documents.get(uri);
      if (!document || isTooLarge(document.getText())) return [];
      const originals = new Map<Diagnostic, LspDiagnostic>();
      for (const lsp of params.context.diagnostics) {
        const ours = fromLspDiagnostic(lsp);
        if (ours) originals.set(ours, lsp);
      }
      const actions = context.service.codeActions(context.input(document), params.range, [...originals.keys()], params.context.only, options);
      return actions.filter((action) => disabledSupport || !action.disabled).map((action) => toLspCodeAction(uri, action, (d) => originals.get(d)));
    }),
  );
}
