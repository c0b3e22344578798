import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BROKEN_POLICY, VALID_POLICY, fixtureFolder, runCli } from './runCli';

/**
 * 40 files whose findings differ from file to file (a broken comma, a lower-case Effect, an unknown
 * action, none) plus two unreadable ones, so a file linted twice, lost or merged into the wrong place
 * changes the output. With --jobs 3 the batches of 8 files go to the main thread and two workers,
 * each worker starting with a batch of its own.
 */
function mixedFolder(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    const name = `policy-${String(i).padStart(2, '0')}.json`;
    const variants = [
      VALID_POLICY,
      BROKEN_POLICY,
      VALID_POLICY.replace('"Allow"', '"allow"'),
      VALID_POLICY.replace('connect:StartChatContact', `connect:StartChatContac${'t'.repeat(i % 3)}x`),
    ];
    files[name] = variants[i % variants.length];
  }
  const root = fixtureFolder(files);
  for (const broken of ['policy-05b.json', 'policy-31b.json']) symlinkSync('missing-target.json', join(root, broken));
  return root;
}

void describe('connect-iam lint --jobs', () => {
  const folder = mixedFolder();

  for (const format of ['text', 'json', 'sarif']) {
    void it(`gives the same ${format} output, errors and exit code on 3 threads as on 1`, () => {
      const sequential = runCli(['lint', '--format', format, '--jobs', '1', '.'], folder);
      const parallel = runCli(['lint', '--format', format, '--jobs', '3', '.'], folder);
      assert.equal(sequential.status, 2, sequential.stderr);
      assert.match(sequential.stderr, /policy-05b\.json was not checked: ENOENT[^]*policy-31b\.json was not checked: ENOENT/);
      assert.deepEqual(parallel, sequential);
    });
  }

  void it('lints every file exactly once, in folder order, on more threads than batches', () => {
    const run = runCli(['lint', '--format', 'json', '--jobs', '64', '.'], folder);
    const files = (JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file);
    assert.equal(files.length, 40);
    assert.deepEqual(files, [...files].sort());
  });

  for (const jobs of ['0', '-2', '1.5', 'many']) {
    void it(`rejects --jobs ${jobs} as a usage error`, () => {
      const run = runCli(['lint', `--jobs=${jobs}`, '.'], folder);
      assert.equal(run.status, 2);
      assert.match(run.stderr, new RegExp(`Invalid --jobs "${jobs.replace('.', '\\.')}": expected a whole number of threads from 1 to 64\\.`));
    });
  }
});
