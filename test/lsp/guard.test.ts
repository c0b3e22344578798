import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type RemoteConsole } from 'vscode-languageserver';
import { yieldUnlessCancelled } from '../../server/lsp/cancellation';
import { guard } from '../../server/lsp/guard';

function recordingConsole(): RemoteConsole & { errors: string[] } {
  const errors: string[] = [];
  return { errors, error: (message: string) => void errors.push(message) } as unknown as RemoteConsole & { errors: string[] };
}

void describe('server: handler guard and cancellation', () => {
  void it('answers a failing handler with the empty result and logs the error', async () => {
    const console = recordingConsole();
    const handler = guard(console, 'Hover', null, () => {
      throw new Error('rule exploded');
    });
    assert.equal(await handler(), null);
    assert.match(console.errors.join('\n'), /Hover failed; answering with an empty result\. Error: rule exploded/);
  });

  void it('passes results and cancellation through', async () => {
    const console = recordingConsole();
    assert.deepEqual(await guard(console, 'Completion', [], async () => ['item'])(), ['item']);
    const source = new CancellationTokenSource();
    source.cancel();
    const cancelled = guard(console, 'Diagnostics', [], async () => {
      await yieldUnlessCancelled(source.token);
      return ['never'];
    });
    await assert.rejects(cancelled(), (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    assert.deepEqual(console.errors, []);
  });

  void it('lets uncancelled work go on after yielding', async () => {
    await yieldUnlessCancelled(new CancellationTokenSource().token);
  });
});
