import type { Hover } from 'vscode-languageserver';
import { yieldUnlessCancelled } from './cancellation';
import { toLspHover } from './convert';
import { guard } from './guard';
import { isTooLarge } from './largeDocument';
import type { ServerContext } from './serverContext';

export function registerHover(context: ServerContext): void {
  const { connection } = context;
  connection.onHover(
    guard(connection.console, 'Hover', null, async (params, token): Promise<Hover | null> => {
      await yieldUnlessCancelled(token);
      const options = await context.options(params.textDocument.uri);
      const document = context.documents.get(params.textDocument.uri);
      if (!document || isTooLarge(document.getText())) return null;
      const hover = context.service.hover(context.input(document), params.position, options);
      return hover ? toLspHover(hover) : null;
    }),
  );
}
