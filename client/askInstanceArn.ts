import * as vscode from 'vscode';
import { fillInstanceArn, INSTANCE_ARN_EXAMPLE, instanceArnProblem } from './instanceArn';

export const ASK_INSTANCE_ARN_COMMAND = 'connectIam.askInstanceArn';

/** A range as LSP sends it in a command's arguments. */
interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/**
 * Run by quick fixes that need the user's instance ARN: asks for it (offering the configured one) and
 * replaces `range` with `template` filled in. Cancelling changes nothing.
 */
export function registerAskInstanceArn(): vscode.Disposable {
  return vscode.commands.registerCommand(ASK_INSTANCE_ARN_COMMAND, async (uri: string, range: LspRange, template: string): Promise<boolean> => {
    const target = vscode.Uri.parse(uri);
    const configured = vscode.workspace.getConfiguration('connectIam', target).get<string>('connect.instanceArn', '');
    const arn = await vscode.window.showInputBox({
      title: 'Amazon Connect instance ARN',
      prompt: 'The instance your chat widget uses (Amazon Connect console > your instance > Account overview).',
      placeHolder: INSTANCE_ARN_EXAMPLE,
      value: configured,
      ignoreFocusOut: true,
      validateInput: (value) => instanceArnProblem(value),
    });
    if (arn === undefined) return false;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(target, new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character), fillInstanceArn(template, arn));
    return vscode.workspace.applyEdit(edit);
  });
}
