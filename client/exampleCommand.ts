import * as vscode from 'vscode';

export const OPEN_EXAMPLE_COMMAND = 'connectIam.openExamplePolicy';

/** The chat backend policy with the mistakes people make, shipped with the extension for the walkthrough. */
const EXAMPLE = 'examples/chat-backend.broken.json';

/**
 * "Connect IAM: Open an example policy": the example as a new, unsaved document, so that trying a
 * quick fix on it changes nothing the extension ships and nothing in the workspace.
 */
export function registerOpenExampleCommand(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_EXAMPLE_COMMAND, async () => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, EXAMPLE));
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: new TextDecoder().decode(bytes) });
    await vscode.window.showTextDocument(document);
  });
}
