import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { VALID_POLICY, fixtureFolder, runCli } from './runCli';

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
});
