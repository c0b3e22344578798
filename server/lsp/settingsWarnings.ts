import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';

/**
 * Tells the user about ignored settings: each problem once in the output channel (again after the
 * settings change), and one pop-up per session pointing there, so that a typo never nags.
 */
export class SettingsWarnings {
  private readonly logged = new Set<string>();
  private shown = false;

  constructor(private readonly connection: Connection) {}

  report(problems: readonly string[]): void {
    for (const problem of problems) {
      if (this.logged.has(problem)) continue;
      this.logged.add(problem);
      this.connection.console.warn(`Settings: ${problem}`);
    }
    if (problems.length > 0 && !this.shown) {
      this.shown = true;
      // Fails only when the connection is closing, and then there is nobody to tell.
      this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Connect IAM ignored ${problems.length === 1 ? 'an invalid setting' : 'some invalid settings'}: ${problems[0]} See the "Connect IAM" output for details.`,
      }).catch(() => undefined);
    }
  }

  /** After a settings change, problems that are still there are worth logging again. */
  reset(): void {
    this.logged.clear();
  }
}
