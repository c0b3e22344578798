/**
 * Server process start to first diagnostics for one document over stdio, as an editor sees it:
 * spawn, initialize, didOpen, pull. Run alone with `node --import tsx bench/server-start.ts`.
 */
import { readFileSync } from 'node:fs';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LanguageServerProcess, PULL_CLIENT } from '../test/lsp/languageServerProcess';
import { policyOfSize } from './fixtures';

const URI = 'file:///bench/start.json';

export interface ServerStart {
  /** Median wall-clock milliseconds from spawn to the first diagnostics. */
  wallMs: number;
  /** Median CPU milliseconds the server process used until then (Linux); a loaded machine inflates wall time, not this. */
  cpuMs: number;
}

/** Median wall-clock milliseconds over `runs` fresh server processes. */
export async function measureServerStart(runs = 10): Promise<number> {
  return (await measureServerStartDetailed(runs)).wallMs;
}

export async function measureServerStartDetailed(runs = 10): Promise<ServerStart> {
  // One finding at least, so the figure includes the rules' real work and not an early exit.
  const text = policyOfSize().replace('"Allow"', '"allow"');
  const samples: ServerStart[] = [];
  for (let run = 0; run < runs; run++) samples.push(await startToFirstDiagnostics(text));
  return { wallMs: median(samples.map((s) => s.wallMs)), cpuMs: median(samples.map((s) => s.cpuMs)) };
}

async function startToFirstDiagnostics(text: string): Promise<ServerStart> {
  const started = performance.now();
  const server = LanguageServerProcess.start();
  try {
    await server.initialize(PULL_CLIENT);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'json', version: 1, text } });
    const diagnostics = await server.pullItems(URI);
    const wallMs = performance.now() - started;
    const cpuMs = processCpuMs(server.child.pid);
    if (diagnostics.length === 0) throw new Error('The server found nothing in a policy with an invalid Effect; the measurement would be meaningless.');
    await server.stop();
    return { wallMs, cpuMs };
  } finally {
    server.kill();
  }
}

/** utime + stime of a process from /proc/<pid>/stat, in milliseconds (the kernel counts 100 ticks a second). */
export function processCpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

if (require.main === module) {
  measureServerStartDetailed().then(
    ({ wallMs, cpuMs }) => console.log(`Server start to first diagnostics (median of 10): ${wallMs.toFixed(1)} ms wall, ${cpuMs.toFixed(0)} ms CPU of the server process (target < 300 ms)`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
