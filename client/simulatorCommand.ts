import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { SIMULATE_REQUEST, SIMULATOR_COMMAND, type SimulateParams, type SimulateResult } from '../server/lsp/assertionsProtocol';
import { SIMULATOR_CREDENTIALS_REQUEST, type SimulatorCredentialsParams, type SimulatorCredentialsResult } from '../server/lsp/simulatorCredentialsProtocol';
import { askRequest } from './explainCommand';

const PRINCIPAL_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:(role|user)\/\S+$/;

/**
 * "Connect IAM: Check with the AWS IAM policy simulator": runs the current policy's assertions (or
 * a typed request) through AWS's simulator, for the policy in the editor or a deployed role or
 * user, with a cancellable progress notification, and shows AWS's answers beside ours. Disabled in
 * untrusted workspaces: it calls AWS with the person's credentials.
 */
export function registerSimulatorCommand(client: LanguageClient): vscode.Disposable {
  const output = vscode.window.createOutputChannel('Connect IAM: AWS simulator');
  let runs = 0;
  const command = vscode.commands.registerCommand(SIMULATOR_COMMAND, async (uriArgument?: string) => {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Connect IAM: the AWS simulator check is disabled in untrusted workspaces, because it calls AWS with your credentials. Trust the workspace to use it.');
      return;
    }
    const uri = uriArgument ?? vscode.window.activeTextEditor?.document.uri.toString();
    if (!uri) {
      void vscode.window.showWarningMessage('Connect IAM: open a policy or a connect-iam.tests.json file, then run the check again.');
      return;
    }
    const config = vscode.workspace.getConfiguration('connectIam.aws', vscode.Uri.parse(uri));
    const aws = { profile: config.get<string>('profile') || undefined, region: config.get<string>('region') || undefined, endpoint: config.get<string>('endpoint') || undefined };
    // No questions when AWS cannot be asked anyway.
    const credentials = await client.sendRequest<SimulatorCredentialsResult>(SIMULATOR_CREDENTIALS_REQUEST, { aws } satisfies SimulatorCredentialsParams);
    if (credentials.error) {
      void vscode.window.showErrorMessage(`Connect IAM: ${credentials.error}`);
      return;
    }
    const target = await vscode.window.showQuickPick(
      [
        { label: 'The policy as written in the workspace', description: 'SimulateCustomPolicy', principal: false },
        { label: 'A deployed role or user...', description: 'SimulatePrincipalPolicy', principal: true },
      ],
      { title: 'Check with the AWS IAM policy simulator', placeHolder: 'Which policies should AWS evaluate?' },
    );
    if (!target) return;
    let principalArn: string | undefined;
    if (target.principal) {
      principalArn = await vscode.window.showInputBox({
        title: 'Role or user ARN',
        placeHolder: 'arn:aws:iam::123456789012:role/chat-backend',
        ignoreFocusOut: true,
        validateInput: (value) => (PRINCIPAL_ARN.test(value.trim()) ? undefined : 'A role or user ARN, such as arn:aws:iam::123456789012:role/chat-backend.'),
      });
      if (!principalArn) return;
    }
    const params: SimulateParams = { uri, principalArn: principalArn?.trim(), aws };
    let result = await run(params);
    // No assertions about this policy: ask for one request instead.
    if (result?.error && !result.failure && result.error.startsWith('There are no assertions')) {
      const request = await askRequest(client, 'Check with the AWS IAM policy simulator', uri);
      if (!request) return;
      result = await run({ ...params, request });
    }
    if (result) show(result);
  });

  async function run(params: SimulateParams): Promise<SimulateResult | undefined> {
    const workDoneToken = `connectIam.simulate.${++runs}`;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Connect IAM: asking the AWS IAM policy simulator', cancellable: true },
      async (progress, token) => {
        let reported = 0;
        const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          if (value.kind === 'end') return;
          const percentage = value.percentage ?? reported;
          progress.report({ message: value.message, increment: percentage - reported });
          reported = percentage;
        });
        try {
          return await client.sendRequest<SimulateResult>(SIMULATE_REQUEST, { ...params, workDoneToken }, token);
        } catch (error) {
          if (token.isCancellationRequested) return undefined;
          throw error;
        } finally {
          listener.dispose();
        }
      },
    );
  }

  function show(result: SimulateResult): void {
    output.clear();
    output.appendLine(result.text);
    const message = result.error ?? result.failure?.message;
    const showReport = 'Show report';
    const answer = message
      ? vscode.window.showErrorMessage(`Connect IAM: ${message}`, showReport)
      : result.disagreed > 0
        ? vscode.window.showWarningMessage(`Connect IAM: AWS disagrees on ${result.disagreed} of ${result.agreed + result.disagreed} request(s).`, showReport)
        : vscode.window.showInformationMessage(`Connect IAM: AWS agrees on all ${result.agreed} request(s).`, showReport);
    void answer.then((choice) => choice === showReport && output.show(true));
    if (result.disagreed > 0) output.show(true);
  }

  return vscode.Disposable.from(output, command);
}
