/** Checks of the action typed into "Explain access...", free of `vscode`. */

const ACTION = /^[a-z0-9-]+:[A-Za-z0-9]+$/i;

/**
 * Why `typed` cannot be explained as a request's action, given the action names the server offered
 * for it; undefined when it names one of them (case-insensitively, as IAM compares actions).
 */
export function actionInputProblem(typed: string, offered: readonly string[]): string | undefined {
  const name = typed.trim();
  const suggestion = offered[0] ? ` Did you mean ${offered[0]}?` : '';
  if (/[*?]/.test(name)) return `"${name}" is a pattern; a request names one action, such as connect:StartChatContact.`;
  if (!ACTION.test(name)) return `"${name}" is not an action: write service:Action, such as connect:StartChatContact.${suggestion}`;
  if (!offered.some((candidate) => candidate.toLowerCase() === name.toLowerCase())) return `${name} is not an action in the AWS data.${suggestion}`;
  return undefined;
}
