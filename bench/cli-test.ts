/**
 * `connect-iam test` over assertions on a generated corpus (bench/assertions-workload.ts), as whole
 * processes, side by side with iam-simulate deciding the same requests (bench/peers) and with the
 * floor: `node -e 0` and reading + parsing the corpus files.
 */
import { join, resolve } from 'node:path';
import { IAM_SIMULATE_PEER, writeAssertions } from './assertions-workload';
import { ensureCorpus } from './corpus';
import { FLOOR, NODE_START } from './cli-lint';
import { sideBySide, type SideBySide } from './process';

const ROOT = resolve(__dirname, '..');
const TEST = 'connect-iam test';
const IAM_SIMULATE = 'iam-simulate, same requests';

export interface TestComparison extends SideBySide {
  requests: number;
  rejected: number;
  /** Our summary line: assertions whose expectation (iam-simulate's decision) we do not reach fail. */
  summary: string;
}

export function compareTest(size: number, rounds: number): TestComparison {
  const corpus = ensureCorpus(size);
  const workload = writeAssertions(corpus);
  const summaryOf = (stdout: string) => /\d+ passed, \d+ failed[^\n]*/.exec(stdout)?.[0];
  const check = (stdout: string) => void (summaryOf(stdout) ?? fail(`no summary in: ${stdout.slice(-500)}`));
  let summary = '';
  const result = sideBySide(
    `connect-iam test, ${workload.requests.toLocaleString('en-US')} assertions over the ${size.toLocaleString('en-US')}-policy corpus`,
    [
      { name: NODE_START, command: [process.execPath, '-e', '0'] },
      { name: FLOOR, command: [process.execPath, join(__dirname, 'floor.js'), corpus] },
      {
        name: TEST,
        command: [process.execPath, join(ROOT, 'dist', 'cli.js'), 'test', workload.file],
        okStatuses: [0, 1],
        check: (out) => {
          check(out);
          summary = summaryOf(out) ?? '';
        },
      },
      { name: IAM_SIMULATE, command: [process.execPath, IAM_SIMULATE_PEER, workload.file], okStatuses: [0, 1], check },
    ],
    [
      [IAM_SIMULATE, TEST],
      [TEST, FLOOR],
      [TEST, NODE_START],
    ],
    rounds,
  );
  return { ...result, requests: workload.requests, rejected: workload.rejected, summary };
}

function fail(message: string): never {
  throw new Error(message);
}
