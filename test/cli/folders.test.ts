import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROKEN_POLICY, VALID_POLICY, fixtureFolder, runCli } from './runCli';

void describe('connect-iam lint folders', () => {
  const folder = fixtureFolder({
    'top.json': VALID_POLICY,
    'nested/deeper/policy.jsonc': VALID_POLICY,
    'nested/Upper.JSON': VALID_POLICY,
    'nested/notes.txt': BROKEN_POLICY,
    'nested/node_modules/dep/broken.json': BROKEN_POLICY,
    '.git/broken.json': BROKEN_POLICY,
    'nested/.cache/broken.json': BROKEN_POLICY,
    'explicit.policy': VALID_POLICY,
  });

  const filesOf = (args: string[]) => (JSON.parse(runCli(['lint', '--format', 'json', ...args], folder).stdout) as { file: string }[]).map((r) => r.file);

  void it('recurses into folders for *.json and *.jsonc, skipping node_modules and dot-folders, in a stable order', () => {
    assert.deepEqual(filesOf(['.']), ['nested/Upper.JSON', 'nested/deeper/policy.jsonc', 'top.json']);
  });

  void it('lints a file named on the command line whatever its extension, once even if named twice', () => {
    assert.deepEqual(filesOf(['explicit.policy', 'top.json', './top.json', 'nested/deeper']), [
      'explicit.policy',
      'top.json',
      'nested/deeper/policy.jsonc',
    ]);
  });

  void it('lints a folder inside node_modules when it is named explicitly', () => {
    const run = runCli(['lint', 'nested/node_modules/dep'], folder);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^nested\/node_modules\/dep\/broken\.json:/m);
  });
});
