/**
 * `connect-iam lint` over a generated corpus, as whole processes, side by side with its floor and
 * with Parliament when Parliament runs here: `node -e 0` (process start), bench/floor.js (read every
 * file and build jsonc-parser's positioned tree, in one process), the CLI on its default threads and
 * on one thread.
 */
import { join, resolve } from 'node:path';
import { ensureCorpus } from './corpus';
import { parliament } from './peers';
import { sideBySide, type Contender, type SideBySide } from './process';

const ROOT = resolve(__dirname, '..');
export const LINT = 'connect-iam lint';
export const LINT_ONE_THREAD = 'connect-iam lint --jobs 1';
export const FLOOR = 'floor: read + jsonc-parser parse';
export const NODE_START = 'node -e 0';
const PARLIAMENT = 'Parliament';

/** The CLI's JSON output: one entry per file linted, which the check compares with the corpus size. */
function expectFiles(size: number) {
  return (stdout: string) => {
    const files = (JSON.parse(stdout) as unknown[]).length;
    if (files !== size) throw new Error(`the CLI reported ${files} files, not ${size}`);
  };
}

export function compareLint(size: number, rounds: number): SideBySide {
  const corpus = ensureCorpus(size);
  const cli = join(ROOT, 'dist', 'cli.js');
  const contenders: Contender[] = [
    { name: NODE_START, command: [process.execPath, '-e', '0'] },
    { name: FLOOR, command: [process.execPath, join(__dirname, 'floor.js'), corpus], check: (out) => void (out.startsWith(`${size} files`) || fail(`floor: ${out}`)) },
    { name: LINT, command: [process.execPath, cli, 'lint', '--format', 'json', corpus], okStatuses: [0, 1], check: expectFiles(size) },
    { name: LINT_ONE_THREAD, command: [process.execPath, cli, 'lint', '--jobs', '1', '--format', 'json', corpus], okStatuses: [0, 1], check: expectFiles(size) },
  ];
  const pairs: [string, string][] = [
    [LINT, FLOOR],
    [LINT_ONE_THREAD, FLOOR],
    [LINT, NODE_START],
  ];
  const notMeasured: { name: string; reason: string }[] = [];
  const peer = parliament();
  if (peer.available) {
    contenders.push({ name: PARLIAMENT, command: [...peer.command, '--directory', corpus], okStatuses: [0, 1] });
    pairs.push([PARLIAMENT, LINT]);
  } else {
    notMeasured.push({ name: PARLIAMENT, reason: peer.reason });
  }
  return sideBySide(`CLI over the ${size.toLocaleString('en-US')}-policy corpus (bench/corpus/${size})`, contenders, pairs, rounds, notMeasured);
}

function fail(message: string): never {
  throw new Error(message);
}
