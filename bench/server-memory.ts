/**
 * Server memory (resident set size of the process) after opening 100 policies and computing their
 * diagnostics. Linux only: it reads /proc/<pid>/status. Run alone with `node --import tsx bench/server-memory.ts`.
 */
import { readFileSync } from 'node:fs';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LanguageServerProcess, PULL_CLIENT } from '../test/lsp/languageServerProcess';
import { policyOfSize } from './fixtures';

/** RSS in MB (1 MB = 1024 * 1024 bytes) of a server holding `documents` different 6,144-character policies. */
export async function measureServerMemory(documents = 100): Promise<number> {
  const server = LanguageServerProcess.start();
  try {
    await server.initialize(PULL_CLIENT);
    for (let i = 0; i < documents; i++) {
      const uri = `file:///bench/policies/policy-${i}.json`;
      await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'json', version: 1, text: policyOfSize(6144, i + 1) },
      });
      // Diagnostics of every document, as an editor with them all open would ask.
      await server.pullItems(uri);
    }
    const rss = residentSetKilobytes(server.child.pid);
    await server.stop();
    return rss / 1024;
  } finally {
    server.kill();
  }
}

function residentSetKilobytes(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`No VmRSS line in /proc/${pid}/status`);
  return Number(match[1]);
}

if (require.main === module) {
  measureServerMemory().then(
    (mb) => console.log(`Server RSS after opening 100 policies: ${mb.toFixed(1)} MB (target < 100 MB)`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
