import * as vscode from 'vscode';
import { POLICY_LANGUAGES } from './policyDocuments';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REVEAL_COMMAND } from '../server/lsp/assertionsProtocol';
import { ACTION_NAMES_REQUEST, EXPLAIN_REQUEST, type ActionNameItem, type ActionNamesParams, type ExplainParams, type ExplainResult, type TypedRequest } from '../server/lsp/explainProtocol';
import { actionInputProblem } from './actionInput';

export const EXPLAIN_COMMAND = 'connectIam.explainAccess';

/** A range as LSP sends it. */
interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

const toRange = (r: LspRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

/**
 * "Connect IAM: Explain access...": asks for an action (picked from the catalog), a resource and
 * optional context, shows the decision with its reasons and selects the deciding statement. Also
 * the command the assertion CodeLens runs to open a statement.
 */
export function registerExplainCommands(client: LanguageClient): vscode.Disposable {
  const output = vscode.window.createOutputChannel('Connect IAM: Access');
  const explain = vscode.commands.registerCommand(EXPLAIN_COMMAND, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !POLICY_LANGUAGES.includes(editor.document.languageId)) {
      void vscode.window.showWarningMessage('Connect IAM: open the policy (a JSON file or a CloudFormation template) to explain access against, then run Explain access again.');
      return;
    }
    const request = await askRequest(client, 'Explain access', editor.document.uri.toString());
    if (!request) return;
    const params: ExplainParams = { ...request, uri: editor.document.uri.toString(), position: editor.selection.active };
    const result = await client.sendRequest<ExplainResult>(EXPLAIN_REQUEST, params);
    output.clear();
    output.appendLine(result.text);
    output.show(true);
    if (result.error || !result.decision) {
      void vscode.window.showWarningMessage(`Connect IAM: ${result.error ?? 'no answer.'}`);
      return;
    }
    if (result.deciding) {
      const range = toRange(result.deciding);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    const summary = `Connect IAM: ${request.action} is ${result.decision}. ${result.reasons[0] ?? ''}`;
    if (result.decision === 'allowed') void vscode.window.showInformationMessage(summary);
    else void vscode.window.showWarningMessage(summary);
  });
  const reveal = vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: string, range: LspRange) => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    await vscode.window.showTextDocument(document, { selection: toRange(range) });
  });
  return vscode.Disposable.from(output, explain, reveal);
}

/** Asks for action, resource and context, in three steps; undefined when the person cancels. `uri`: the policy, whose actions come first. */
export async function askRequest(client: LanguageClient, title: string, uri?: string): Promise<TypedRequest | undefined> {
  const action = await pickAction(client, `${title} (1/3): action`, uri);
  if (!action) return undefined;
  const resource = await vscode.window.showInputBox({
    title: `${title} (2/3): resource`,
    prompt: `The resource ARN ${action.name} is authorized against, or * for none.`,
    placeHolder: action.resourceTemplates.join('  or  '),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' || value.trim() === '*' || value.trim().startsWith('arn:') ? undefined : 'An ARN (arn:partition:service:region:account:resource), or * for actions without a resource type.'),
  });
  if (resource === undefined) return undefined;
  const context = await vscode.window.showInputBox({
    title: `${title} (3/3): request context (optional)`,
    prompt: 'Condition keys as KEY=VALUE separated by spaces; repeat a key for several values. Leave empty for none.',
    placeHolder: 'aws:SourceIp=203.0.113.7 aws:SecureTransport=true',
    ignoreFocusOut: true,
    validateInput: (value) => {
      const bad = value.split(/\s+/).find((entry) => entry !== '' && entry.indexOf('=') <= 0);
      return bad ? `"${bad}" must be KEY=VALUE, such as aws:SourceIp=203.0.113.7.` : undefined;
    },
  });
  if (context === undefined) return undefined;
  return { action: action.name, resource: resource.trim() || '*', context: context.split(/\s+/).filter((entry) => entry !== '') };
}

type ActionPickItem = vscode.QuickPickItem & { action?: ActionNameItem };

/**
 * A QuickPick fed by the server's catalog as the person types, starting from the policy's own actions.
 * A typed name that is not an action (StartChat, connect:*) is refused with the reason, in the list.
 */
async function pickAction(client: LanguageClient, title: string, uri: string | undefined): Promise<ActionNameItem | undefined> {
  const pick = vscode.window.createQuickPick<ActionPickItem>();
  pick.title = title;
  pick.placeholder = 'service:Action, such as connect:StartChatContact';
  pick.ignoreFocusOut = true;
  let latest = 0;
  const names = (query: string) => client.sendRequest<ActionNameItem[]>(ACTION_NAMES_REQUEST, { query, uri } satisfies ActionNamesParams);
  const load = async (query: string) => {
    const generation = ++latest;
    pick.busy = true;
    const actions = await names(query);
    if (generation !== latest) return;
    pick.items = actions.map((action) => ({ label: action.name, description: action.accessLevel, detail: action.description, action }));
    pick.busy = false;
  };
  return new Promise<ActionNameItem | undefined>((resolve) => {
    pick.onDidChangeValue((value) => void load(value));
    pick.onDidAccept(async () => {
      const chosen = pick.selectedItems[0]?.action;
      const typed = pick.value.trim();
      if (!chosen && !typed) return;
      const offered = chosen ? [chosen] : await names(typed);
      const problem = chosen ? undefined : actionInputProblem(typed, offered.map((action) => action.name));
      if (problem) {
        pick.items = [{ label: `$(warning) ${problem}`, alwaysShow: true }, ...pick.items.filter((item) => item.action)];
        return;
      }
      resolve(chosen ?? offered.find((action) => action.name.toLowerCase() === typed.toLowerCase()));
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
    void load('');
  });
}
