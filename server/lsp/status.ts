import type { TextDocument } from 'vscode-languageserver-textdocument';
import { withDefaults, type ServiceOptions } from '../service/options';
import { OFF_THREAD_CHARS } from './offThreadValidation';
import { guard } from './guard';
import { isTooLarge } from './largeDocument';
import type { ServerContext } from './serverContext';
import { STATUS_REQUEST, type StatusParams, type StatusResult } from './statusProtocol';

/**
 * The policies in a document. A large one is checked on the worker, which counts them: parsing it again
 * here, after every burst of typing, would hold up the next keystroke's diagnostics on the main thread.
 */
function policyCount(context: ServerContext, document: TextDocument, options: ServiceOptions): number {
  const text = document.getText();
  if (isTooLarge(text)) return 0;
  const counted = text.length >= OFF_THREAD_CHARS ? context.validator.policiesIn(document.uri) : undefined;
  return counted ?? context.service.parse(context.input(document), options).policies.length;
}

/** What the editor's language status item shows for a document: the policies found in it and the AWS data's date. */
export function registerStatus(context: ServerContext): void {
  const { connection } = context;
  connection.onRequest(
    STATUS_REQUEST,
    guard(connection.console, 'Status', null, async (params: StatusParams): Promise<StatusResult | null> => {
      const { catalog } = context.service;
      const options = withDefaults(await context.options(params.uri));
      const document = context.documents.get(params.uri);
      const policies = options.enabled && document ? policyCount(context, document, options) : 0;
      return { enabled: options.enabled, policies, dataDate: catalog.date, dataSource: catalog.sourceName };
    }),
  );
}
