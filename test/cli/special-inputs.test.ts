import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BROKEN_POLICY, VALID_POLICY, fixtureFolder, runCli } from './runCli';

const POSIX = process.platform !== 'win32';
const request = { action: 'connect:StartChatContact', resource: 'arn:aws:connect:us-east-1:111122223333:instance/x/contact-flow/y', expect: 'allowed' };
const testsNaming = (...policies: string[]) => JSON.stringify({ tests: policies.map((policy) => ({ policy, requests: [request] })) }, null, 2);

void describe('the CLI on special inputs', () => {
  void it('test: policy paths naming a device, a FIFO, a network share or a file outside the folder are refused at once', { skip: !POSIX }, () => {
    const parent = fixtureFolder({ 'outside/secret.json': VALID_POLICY, 'work/policy.json': VALID_POLICY });
    const folder = join(parent, 'work');
    execFileSync('mkfifo', [join(folder, 'pipe.json')]);
    writeFileSync(join(folder, 'connect-iam.tests.json'), testsNaming('/dev/zero', 'pipe.json', '\\\\attacker.example\\share\\p.json', '../outside/secret.json', 'policy.json'));
    const run = runCli(['test'], folder);
    assert.equal(run.status, 2, run.stdout + run.stderr);
    const errors = run.stdout.split('\n').filter((line) => / error Cannot read policy file /.test(line));
    assert.equal(errors.length, 4, run.stdout);
    assert.match(errors[0], /\/dev\/zero: it is outside the workspace folder/);
    assert.match(errors[1], /pipe\.json: it is a FIFO, not a regular file/);
    assert.match(errors[3], /outside\/secret\.json: it is outside the workspace folder/);
  });

  void it('lint: a UTF-16 policy with a byte-order mark (Windows PowerShell 5.1) is read like its UTF-8 twin', () => {
    const folder = fixtureFolder({ 'utf8.json': BROKEN_POLICY });
    writeFileSync(join(folder, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BROKEN_POLICY, 'utf16le')]));
    const utf8 = runCli(['lint', 'utf8.json'], folder);
    const utf16 = runCli(['lint', 'utf16.json'], folder);
    assert.equal(utf16.status, 1, utf16.stderr);
    assert.equal(utf16.stdout, utf8.stdout.replaceAll('utf8.json', 'utf16.json'));
  });

  void it('lint: a binary or empty file is reported as not checked, never as "No problems found"', () => {
    const folder = fixtureFolder({ 'empty.json': '', 'good.json': VALID_POLICY });
    writeFileSync(join(folder, 'binary.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    const binary = runCli(['lint', 'binary.json'], folder);
    assert.equal(binary.status, 2);
    assert.match(binary.stderr, /binary\.json was not checked: it holds NUL bytes/);
    assert.doesNotMatch(binary.stdout, /No problems found/);
    const empty = runCli(['lint', 'empty.json'], folder);
    assert.equal(empty.status, 2, 'nothing named was checked');
    assert.match(empty.stderr, /empty\.json was not checked: it is empty/);
    assert.match(empty.stdout, /^No file was checked\.$/m);
    const withGood = runCli(['lint', 'empty.json', 'good.json'], folder);
    assert.equal(withGood.status, 0, 'an empty file beside checked ones is reported, not an error');
    assert.match(withGood.stderr, /empty\.json was not checked: it is empty/);
    assert.match(withGood.stdout, /^No problems found in 1 file\.$/m);
  });

  void it('lint, explain and test: a FIFO named on the command line is refused at once', { skip: !POSIX }, () => {
    const folder = fixtureFolder({});
    execFileSync('mkfifo', [join(folder, 'pipe.json')]);
    const lint = runCli(['lint', 'pipe.json'], folder);
    assert.equal(lint.status, 2);
    assert.match(lint.stderr, /pipe\.json was not checked: it is a FIFO, not a regular file/);
    const explain = runCli(['explain', '--action', 'connect:StartChatContact', '--resource', '*', '--policy', 'pipe.json'], folder);
    assert.equal(explain.status, 2);
    assert.match(explain.stderr, /it is a FIFO, not a regular file/);
    const test = runCli(['test', 'pipe.json'], folder);
    assert.equal(test.status, 2);
    assert.match(test.stderr, /it is a FIFO, not a regular file/);
  });

  void it('lint: a *.json link to /dev/zero inside a linted folder is not read', { skip: !POSIX }, () => {
    const folder = fixtureFolder({ 'policies/good.json': VALID_POLICY });
    symlinkSync('/dev/zero', join(folder, 'policies', 'zero.json'));
    mkdirSync(join(folder, 'policies', 'more'));
    const run = runCli(['lint', 'policies'], folder);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /zero\.json was not checked: it is a device, not a regular file/);
    assert.match(run.stdout, /No problems found in 1 file\./);
  });

  void it('lint: --jobs is bounded', () => {
    const folder = fixtureFolder({ 'good.json': VALID_POLICY });
    const run = runCli(['lint', '--jobs', '1000', 'good.json'], folder);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Invalid --jobs "1000": expected a whole number of threads from 1 to \d+/);
  });
});
