import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SIMULATOR_COMMAND } from '../server/lsp/assertionsProtocol';
import { EXPLAIN_DENIED_REQUEST, type ExplainDeniedParams, type ExplainDeniedResult, type FilePlace } from '../server/lsp/explainDeniedProtocol';

export const EXPLAIN_DENIED_COMMAND = 'connectIam.explainAccessDenied';

/** How much of a candidate text the picker previews. */
const PREVIEW = 80;

type SourceItem = vscode.QuickPickItem & { read: () => Thenable<string | undefined> | string | undefined };

/**
 * "Connect IAM: Explain an AccessDenied error...": takes the error message or CloudTrail JSON from
 * the clipboard, the active editor (its selection, else all of it) or a paste box, asks the server
 * to explain it with the workspace's templates and policies, shows the answer and opens the deciding
 * statement (else the principal's role), offering its quick fixes and AWS's simulator.
 */
export function registerExplainDeniedCommand(client: LanguageClient): vscode.Disposable {
  const output = vscode.window.createOutputChannel('Connect IAM: AccessDenied');
  const command = vscode.commands.registerCommand(EXPLAIN_DENIED_COMMAND, async () => {
    const text = await askText();
    if (text === undefined) return;
    const result = await client.sendRequest<ExplainDeniedResult>(EXPLAIN_DENIED_REQUEST, { text } satisfies ExplainDeniedParams);
    output.clear();
    output.appendLine(result.text);
    output.show(true);
    const first = result.calls[0];
    if (result.error || !first) {
      void vscode.window.showWarningMessage(`Connect IAM: ${result.error ?? 'nothing to explain.'}`);
      return;
    }
    const target = first.deciding ?? first.principal;
    if (target) await reveal(target);
    const actions = [...(first.deciding ? ['Show quick fixes'] : []), ...(first.simulatorPrincipal ? ['Ask the AWS simulator'] : [])];
    const chosen = await vscode.window.showWarningMessage(`Connect IAM: ${first.summary}`, ...actions);
    if (chosen === 'Show quick fixes') await vscode.commands.executeCommand('editor.action.quickFix');
    if (chosen === 'Ask the AWS simulator') await vscode.commands.executeCommand(SIMULATOR_COMMAND, target?.uri);
  });
  return vscode.Disposable.from(output, command);
}

async function askText(): Promise<string | undefined> {
  const items: SourceItem[] = [];
  const clipboard = (await vscode.env.clipboard.readText()).trim();
  if (clipboard) items.push({ label: '$(clippy) From the clipboard', description: preview(clipboard), read: () => clipboard });
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const selected = editor.selection.isEmpty ? editor.document.getText() : editor.document.getText(editor.selection);
    if (selected.trim()) items.push({ label: `$(file) From ${editor.selection.isEmpty ? 'the active editor' : 'the selection'}`, description: preview(selected), read: () => selected });
  }
  items.push({
    label: '$(edit) Paste it...',
    read: () =>
      vscode.window.showInputBox({
        title: 'Explain an AccessDenied error',
        prompt: 'The error message as AWS printed it, or a CloudTrail event as JSON.',
        placeHolder: 'User: arn:aws:sts::123456789012:assumed-role/... is not authorized to perform: connect:StartChatContact on resource: ...',
        ignoreFocusOut: true,
      }),
  });
  const source = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: 'Explain an AccessDenied error', placeHolder: 'Where is the error message or CloudTrail event?' });
  return source ? ((await source.read())?.trim() || undefined) : undefined;
}

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > PREVIEW ? `${line.slice(0, PREVIEW)}…` : line;
}

async function reveal(place: FilePlace): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(place.uri));
  const range = new vscode.Range(place.range.start.line, place.range.start.character, place.range.end.line, place.range.end.character);
  await vscode.window.showTextDocument(document, { selection: range });
}
