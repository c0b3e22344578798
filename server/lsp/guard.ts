import { ResponseError, type RemoteConsole } from 'vscode-languageserver';

/**
 * Wraps a request handler so that a bug answers with the empty result and a log line instead of
 * an error dialog or a dead server. Cancellation (a ResponseError) still reaches the client.
 */
export function guard<P extends unknown[], R>(
  console: RemoteConsole,
  name: string,
  empty: R,
  handler: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      console.error(`${name} failed; answering with an empty result. ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return empty;
    }
  };
}

/** The same for notifications, which have no result. */
export function guardNotification<P extends unknown[]>(console: RemoteConsole, name: string, handler: (...args: P) => void | Promise<void>): (...args: P) => void {
  const guarded = guard(console, name, undefined, handler);
  return (...args: P) => void guarded(...args);
}
