import { withDefaults } from '../service/options';
import { guard } from './guard';
import { isTooLarge } from './largeDocument';
import type { ServerContext } from './serverContext';
import { STATUS_REQUEST, type StatusParams, type StatusResult } from './statusProtocol';

/** What the editor's language status item shows for a document: the policies found in it and the AWS data's date. */
export function registerStatus(context: ServerContext): void {
  const { connection } = context;
  connection.onRequest(
    STATUS_REQUEST,
    guard(connection.console, 'Status', null, async (params: StatusParams): Promise<StatusResult | null> => {
      const { catalog } = context.service;
      const options = withDefaults(await context.options(params.uri));
      const document = context.documents.get(params.uri);
      const policies = options.enabled && document && !isTooLarge(document.getText()) ? context.service.parse(context.input(document), options).policies.length : 0;
      return { enabled: options.enabled, policies, dataDate: catalog.date, dataSource: catalog.sourceName };
    }),
  );
}
