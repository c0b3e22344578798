import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  UPDATE_CATALOG_PROGRESS,
  UPDATE_CATALOG_REQUEST,
  type CatalogInitializationOptions,
  type UpdateCatalogProgress,
  type UpdateCatalogResult,
} from '../server/lsp/catalogUpdateProtocol';

export const UPDATE_AWS_DATA_COMMAND = 'connectIam.updateAwsData';
const SOURCE_HOST = 'servicereference.us-east-1.amazonaws.com';

/** What the server needs to keep the downloaded data: the extension's global storage folder. */
export function catalogInitializationOptions(context: vscode.ExtensionContext): CatalogInitializationOptions {
  return { globalStoragePath: context.globalStorageUri.fsPath };
}

/** An untrusted workspace asks before anything is downloaded. */
async function consented(): Promise<boolean> {
  if (vscode.workspace.isTrusted) return true;
  const download = 'Download';
  const choice = await vscode.window.showWarningMessage(
    `This workspace is not trusted. Download the AWS Service Reference from ${SOURCE_HOST} and use it for every workspace?`,
    { modal: true },
    download,
  );
  return choice === download;
}

/**
 * "Connect IAM: Update AWS data": the server downloads AWS's Service Reference into the global
 * storage and switches to it; the notification shows progress and can cancel.
 */
export function registerUpdateAwsDataCommand(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(UPDATE_AWS_DATA_COMMAND, async () => {
    if (!(await consented())) return;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Connect IAM: updating the AWS data', cancellable: true },
      async (progress, token) => {
        let reported = 0;
        const listener = client.onNotification(UPDATE_CATALOG_PROGRESS, ({ done, total }: UpdateCatalogProgress) => {
          const percent = total === 0 ? 0 : (done / total) * 100;
          progress.report({ message: `${done} of ${total} services`, increment: percent - reported });
          reported = percent;
        });
        try {
          return await client.sendRequest<UpdateCatalogResult>(UPDATE_CATALOG_REQUEST, {}, token);
        } catch (error) {
          if (token.isCancellationRequested) return { ok: false, message: 'The update was cancelled; the previous AWS data stays in use.' } as const;
          return { ok: false, message: `The AWS data was not updated: ${error instanceof Error ? error.message : String(error)}` } as const;
        } finally {
          listener.dispose();
        }
      },
    );
    if (result.ok) {
      void vscode.window.showInformationMessage(`Connect IAM now uses the AWS data of ${result.date}: ${result.services} services, ${result.actions} actions.`);
    } else {
      void vscode.window.showErrorMessage(result.message);
    }
  });
}
