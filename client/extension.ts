import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerAskInstanceArn } from './askInstanceArn';
import { registerOpenExampleCommand } from './exampleCommand';
import { registerExplainCommands } from './explainCommand';
import { registerExplainDeniedCommand } from './explainDeniedCommand';
import { POLICY_DOCUMENTS } from './policyDocuments';
import { registerSimulatorCommand } from './simulatorCommand';
import { registerStatusItem } from './statusItem';
import { catalogInitializationOptions, registerUpdateAwsDataCommand } from './updateAwsDataCommand';

let client: LanguageClient | undefined;

/** Starts the language server over IPC for JSON, JSONC and YAML documents; the server does the work. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('Connect IAM', { log: true });
  const serverOptions: ServerOptions = { module: context.asAbsolutePath('dist/server.js'), transport: TransportKind.ipc };
  const clientOptions: LanguageClientOptions = {
    documentSelector: POLICY_DOCUMENTS,
    synchronize: { configurationSection: 'connectIam' },
    outputChannel,
    initializationOptions: catalogInitializationOptions(context),
  };
  client = new LanguageClient('connectIam', 'Connect IAM', serverOptions, clientOptions);
  context.subscriptions.push(outputChannel, registerAskInstanceArn());
  context.subscriptions.push(registerExplainCommands(client), registerExplainDeniedCommand(client), registerSimulatorCommand(client));
  context.subscriptions.push(registerUpdateAwsDataCommand(client), registerOpenExampleCommand(context));
  await client.start();
  context.subscriptions.push(registerStatusItem(client, outputChannel));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
