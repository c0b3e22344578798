/**
 * Server process start to first diagnostics for one document over stdio, as an editor sees it:
 * spawn, initialize, didOpen, pull. Run alone with `node --import tsx bench/server-start.ts`.
 */
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LanguageServerProcess, PULL_CLIENT } from '../test/lsp/languageServerProcess';
import { policyOfSize } from './fixtures';

const URI = 'file:///bench/start.json';

/** Median milliseconds over `runs` fresh server processes. */
export async function measureServerStart(runs = 10): Promise<number> {
  // One finding at least, so the figure includes the rules' real work and not an early exit.
  const text = policyOfSize().replace('"Allow"', '"allow"');
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await startToFirstDiagnostics(text));
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

async function startToFirstDiagnostics(text: string): Promise<number> {
  const started = performance.now();
  const server = LanguageServerProcess.start();
  try {
    await server.initialize(PULL_CLIENT);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'json', version: 1, text } });
    const diagnostics = await server.pullItems(URI);
    const elapsed = performance.now() - started;
    if (diagnostics.length === 0) throw new Error('The server found nothing in a policy with an invalid Effect; the measurement would be meaningless.');
    await server.stop();
    return elapsed;
  } finally {
    server.kill();
  }
}

if (require.main === module) {
  measureServerStart().then(
    (ms) => console.log(`Server start to first diagnostics (median of 10): ${ms.toFixed(1)} ms (target < 300 ms)`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
