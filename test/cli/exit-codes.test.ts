import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BROKEN_POLICY, VALID_POLICY, fixtureFolder, runCli } from './runCli';

const folder = fixtureFolder({
  'good.json': VALID_POLICY,
  'broken.json': BROKEN_POLICY,
  'package.json': '{"name": "not-a-policy"}',
  // action-unknown is a warning: AWS accepts the policy, the statement just grants nothing.
  'typo.json': VALID_POLICY.replace('connect:StartChatContact', 's3:GetObjekt'),
  // effect-invalid is an error: AWS rejects "allow".
  'lowercase-effect.json': VALID_POLICY.replace('"Allow"', '"allow"'),
});

function usageError(args: string[], message: RegExp, cwd = folder) {
  const run = runCli(args, cwd);
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, message);
  assert.equal(run.stdout, '');
}

void describe('connect-iam exit codes', () => {
  void it('0 when nothing of error severity is found', () => {
    assert.equal(runCli(['lint', 'good.json', 'package.json'], folder).status, 0);
  });

  void it('0 when the findings are only warnings, which are still reported', () => {
    const run = runCli(['lint', 'typo.json'], folder);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^typo\.json:6:\d+ warning .*GetObjekt.*Did you mean "GetObject".*\[action-unknown\]$/m);
  });

  void it('1 for an error from any rule, not only JSON syntax', () => {
    const run = runCli(['lint', 'good.json', 'lowercase-effect.json'], folder);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^lowercase-effect\.json:5:\d+ error .*\[effect-invalid\]$/m);
  });

  void it('1 when any finding is an error, in every format', () => {
    for (const format of ['text', 'json', 'sarif']) {
      assert.equal(runCli(['lint', '--format', format, 'good.json', 'broken.json'], folder).status, 1, format);
    }
  });

  void it('--rule lowers a rule to a warning (exit 0, still reported) or turns it off', () => {
    const warned = runCli(['lint', '--rule', 'json-syntax=warning', 'broken.json'], folder);
    assert.equal(warned.status, 0);
    assert.match(warned.stdout, /^broken\.json:\d+:\d+ warning .*\[json-syntax\]$/m);
    const off = runCli(['lint', '--rule', 'json-syntax=off', 'broken.json'], folder);
    assert.equal(off.status, 0);
    assert.equal(off.stdout, 'No problems found in 1 file.\n');
  });

  void it('2 with a clear message for usage mistakes', () => {
    usageError(['lint'], /No paths given/);
    usageError(['lint', '--frmat', 'json', 'good.json'], /Unknown option '--frmat'/);
    usageError(['lint', '--format', 'xml', 'good.json'], /Unknown format "xml"; use text, json, sarif/);
    usageError(['lint', '--rule', 'json-syntx=off', 'good.json'], /Unknown rule "json-syntx".*Did you mean "json-syntax"/);
    usageError(['lint', '--rule', 'json-syntax=loud', 'good.json'], /expected ID=SEVERITY/);
    usageError(['lnit', 'good.json'], /Unknown command "lnit". Did you mean "lint"/);
    usageError([], /Usage: connect-iam <command>/);
  });

  void it('2 with a clear message for a missing path', () => {
    usageError(['lint', 'good.json', 'nowhere.json'], /No such file or folder: nowhere\.json/);
  });

  void it('2 when the folders hold no *.json or *.jsonc file', () => {
    usageError(['lint', 'empty'], /No \*\.json, \*\.jsonc, \*\.yaml, \*\.yml or \*\.template files found in empty/, fixtureFolder({ 'empty/readme.md': '# no policies' }));
  });

  void it('2 for an unreadable file, after reporting the readable ones', () => {
    const withLoop = fixtureFolder({ 'good.json': VALID_POLICY });
    symlinkSync('loop.json', join(withLoop, 'loop.json'));
    const run = runCli(['lint', '--format', 'json', '.'], withLoop);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /loop\.json was not checked: ELOOP/);
    assert.deepEqual(
      (JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file),
      ['good.json'],
    );
  });
});
