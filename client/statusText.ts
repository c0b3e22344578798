/** The words of the language status item, free of `vscode`. */

/** "2 IAM policies", "No IAM policy", or "IAM checks off" when connectIam.enable is off for the file. */
export function statusText(status: { enabled: boolean; policies: number }): string {
  if (!status.enabled) return 'IAM checks off';
  if (status.policies === 0) return 'No IAM policy';
  return status.policies === 1 ? '1 IAM policy' : `${status.policies} IAM policies`;
}
