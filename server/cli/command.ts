/** What every subcommand implements; main.ts dispatches on `name` through the table in commands/index.ts. */
export interface Command {
  name: string;
  /** One line for the command list in `connect-iam --help`. */
  summary: string;
  /** The full help text of `connect-iam <name> --help`. */
  usage: string;
  /** Returns the exit code: 0 clean, 1 findings of error severity, 2 usage or I/O errors. */
  run(args: string[], io: CliIO): number | Promise<number>;
}

/** Where a command writes and from which folder it resolves relative paths; tests may pass their own. */
export interface CliIO {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** The whole of standard input, for "-" in place of a file (tests pass their own). */
  readStdin?(): string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
/** Usage mistakes and I/O errors (missing path, unreadable file). */
export const EXIT_ERROR = 2;

/** A mistake in how the CLI was called, or a path it cannot read: reported without a stack trace, exit 2. */
export class UsageError extends Error {}
