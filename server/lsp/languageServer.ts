import { fileURLToPath } from 'node:url';
import { TextDocumentSyncKind, TextDocuments, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../service/diagnostics';
import { RULES } from '../service/rules/registry';
import { LIVE_ASSERTION_CAPABILITIES, registerLiveAssertions } from './assertions';
import { registerSimulator } from './assertionsSimulator';
import { registerCatalogUpdate } from './catalogUpdate';
import { CODE_ACTION_KINDS, registerCodeActions } from './codeActions';
import { COMPLETION_TRIGGER_CHARACTERS, registerCompletion } from './completion';
import { registerExplain } from './explain';
import { registerExplainDenied } from './explainDenied';
import { guardNotification } from './guard';
import { registerHover } from './hover';
import { refreshPulledDiagnostics, registerPullDiagnostics } from './pullDiagnostics';
import { PushDiagnostics } from './pushDiagnostics';
import { ServerContext } from './serverContext';
import { SettingsStore } from './settingsStore';
import { SettingsWarnings } from './settingsWarnings';
import { registerSimulatorCredentials } from './simulatorCredentials';
import { registerStatus } from './status';

/**
 * Wires the LSP connection to the pure service. The client's capabilities decide the diagnostics
 * model (pull when it can, push otherwise) and where settings come from.
 */
export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const knownRuleIds = new Set(RULES.map((rule) => rule.meta.id));

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    const pull = capabilities.textDocument?.diagnostic !== undefined;
    const canRefresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
    const settings = new SettingsStore(connection, capabilities.workspace?.configuration === true, new SettingsWarnings(connection), knownRuleIds);
    const context = new ServerContext(connection, documents, settings);
    context.workspaceFolders = workspaceFolderPaths(params);

    const push = pull ? undefined : new PushDiagnostics(context);
    if (push) push.listen(documents);
    else registerPullDiagnostics(context);
    documents.onDidClose(guardNotification(connection.console, 'Close', (event) => context.forget(event.document.uri)));
    registerHover(context);
    registerCompletion(context);
    registerCodeActions(context, capabilities.textDocument?.codeAction?.disabledSupport === true);
    registerLiveAssertions(context, params, push);
    registerExplain(context);
    registerExplainDenied(context);
    registerSimulator(context);
    registerSimulatorCredentials(context);
    registerStatus(context);
    const recheckAll = () => (push ? push.scheduleAll() : canRefresh ? refreshPulledDiagnostics(context) : undefined);
    registerCatalogUpdate(context, params, recheckAll);

    connection.onDidChangeConfiguration(
      guardNotification(connection.console, 'Settings change', (change) => {
        settings.changed(change.settings);
        if (push) push.scheduleAll();
        else if (canRefresh) refreshPulledDiagnostics(context);
      }),
    );

    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        ...LIVE_ASSERTION_CAPABILITIES,
        ...(pull ? { diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'Connect IAM' },
    };
  });

  documents.listen(connection);
  connection.listen();
}

/** The local workspace folders (a remote or virtual folder has no files for the server to read). */
function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:///')).map((uri) => fileURLToPath(uri));
}
