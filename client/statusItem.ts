import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS_REQUEST, type StatusParams, type StatusResult } from '../server/lsp/statusProtocol';
import { POLICY_DOCUMENTS } from './policyDocuments';
import { statusText } from './statusText';

export const SHOW_OUTPUT_COMMAND = 'connectIam.showOutput';

/** Edits come in bursts; the item follows the last one. */
const REFRESH_DELAY_MS = 300;

/**
 * The language status item of JSON and YAML files ({} in the status bar): how many IAM policies Connect IAM
 * found in this file and the date of its AWS data, with a link to its output log.
 */
export function registerStatusItem(client: LanguageClient, output: vscode.OutputChannel): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('connectIam.status', POLICY_DOCUMENTS);
  item.name = 'Connect IAM';
  item.text = 'Connect IAM';
  item.command = { title: 'Show log', command: SHOW_OUTPUT_COMMAND, tooltip: 'Open the Connect IAM output' };
  let timer: NodeJS.Timeout | undefined;
  let latest = 0;

  const refresh = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || vscode.languages.match(POLICY_DOCUMENTS, document) === 0) return;
    const generation = ++latest;
    const params: StatusParams = { uri: document.uri.toString() };
    const status = await client.sendRequest<StatusResult | null>(STATUS_REQUEST, params).catch(() => null);
    if (generation !== latest || !status) return;
    item.text = statusText(status);
    item.detail = `AWS data of ${status.dataDate}`;
    item.severity = vscode.LanguageStatusSeverity.Information;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), REFRESH_DELAY_MS);
  };

  const showOutput = vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => output.show(true));
  void refresh();
  return vscode.Disposable.from(
    item,
    showOutput,
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.workspace.onDidChangeTextDocument((event) => event.document === vscode.window.activeTextEditor?.document && schedule()),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('connectIam') && schedule()),
    { dispose: () => clearTimeout(timer) },
  );
}
