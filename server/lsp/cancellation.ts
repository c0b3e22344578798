import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/**
 * Lets pending messages (a $/cancelRequest, a newer didChange) in before synchronous work starts,
 * then gives up if the request was cancelled meanwhile.
 */
export async function yieldUnlessCancelled(token: CancellationToken): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  throwIfCancelled(token);
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}
