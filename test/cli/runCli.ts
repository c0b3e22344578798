import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/cli.js, what `npm run build` ships) as a child process. */
export function runCli(args: string[], cwd: string = REPO_ROOT, entry: string = CLI_BUNDLE): CliRun {
  if (entry === CLI_BUNDLE && !existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run "npm run build" first.`);
  const result = spawnSync(process.execPath, [entry, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixtureRoots: string[] = [];
process.on('exit', () => fixtureRoots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A fresh temporary folder holding the given files (relative path -> text), removed when the process ends. */
export function fixtureFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'connect-iam-cli-'));
  fixtureRoots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export const VALID_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "connect:StartChatContact",
      "Resource": "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/contact-flow/*"
    }
  ]
}
`;

/** Not JSON: the comma after "Allow" is missing, so json-syntax reports one error on `"Action"` (line 6). */
export const BROKEN_POLICY = VALID_POLICY.replace('"Allow",', '"Allow"');
export const BROKEN_RANGE = { start: { line: 5, character: 6 }, end: { line: 5, character: 14 } };
