import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REPO_ROOT, fixtureFolder, runCli } from './runCli';

const INSTANCE = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555';
const FLOW = `${INSTANCE}/contact-flow/66666666-7777-8888-9999-000000000000`;

const chat = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'connect:StartChatContact', Resource: `${INSTANCE}/contact-flow/*` }] });
const request = (name: string, expect: string) => ({ name, action: 'connect:StartChatContact', resource: FLOW, expect });
const tests = (requests: object[], policy = 'policies/chat.json') => JSON.stringify({ tests: [{ policy, requests }] }, null, 2);

const folder = fixtureFolder({
  'policies/chat.json': chat,
  'connect-iam.tests.json': tests([request('starts a chat', 'allowed')]),
  'failing.tests.json': tests([request('starts a chat', 'allowed'), request('wrongly expected denied', 'denied')]),
  'nested/missing-policy.tests.json': tests([request('x', 'allowed')], 'nowhere.json'),
  'nested/relative.tests.json': tests([request('from a subfolder', 'allowed')], '../policies/chat.json'),
  'bom.tests.json': `\uFEFF${tests([request('starts a chat', 'allowed')])}`,
  'malformed.tests.json': '{"tests": [{"policy": "policies/chat.json", "requests": [{"action": "connect:StartChatContact"}]}]}',
});

void describe('connect-iam test', () => {
  void it('runs connect-iam.tests.json by default: exit 0 when every assertion holds', () => {
    const run = runCli(['test'], folder);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `policies/chat.json\n  PASS starts a chat (connect-iam.tests.json:6): allowed\n1 passed, 0 failed.\n`);
  });

  void it('exit 1 when an assertion fails, with the explanation', () => {
    const run = runCli(['test', 'failing.tests.json'], folder);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /FAIL wrongly expected denied \(failing\.tests\.json:12\): expected denied, got allowed\n {7}Allowed by statement 1 of identity policy/);
    assert.match(run.stdout, /1 passed, 1 failed\.\n$/);
  });

  void it('JSON output', () => {
    const run = runCli(['test', 'failing.tests.json', '--format', 'json'], folder);
    assert.equal(run.status, 1);
    const out = JSON.parse(run.stdout);
    assert.equal(out.passed, 1);
    assert.equal(out.failed, 1);
    assert.deepEqual(
      out.tests[0].requests.map((r: { name: string; expect: string; decision: string; passed: boolean; line: number }) => [r.name, r.expect, r.decision, r.passed, r.line]),
      [
        ['starts a chat', 'allowed', 'allowed', true, 6],
        ['wrongly expected denied', 'denied', 'allowed', false, 12],
      ],
    );
  });

  void it('a byte-order mark before the JSON is not a syntax error', () => {
    const run = runCli(['test', 'bom.tests.json'], folder);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /PASS starts a chat \(bom\.tests\.json:6\)/);
  });

  void it('policy paths are relative to the assertions file', () => {
    const run = runCli(['test', 'nested/relative.tests.json'], folder);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  void it('exit 2 for a policy that cannot be read, a malformed file or a missing file', () => {
    const missing = runCli(['test', 'nested/missing-policy.tests.json'], folder);
    assert.equal(missing.status, 2);
    assert.match(missing.stdout, /nested\/missing-policy\.tests\.json:\d+ error Cannot read policy file nested\/nowhere\.json/);
    const malformed = runCli(['test', 'malformed.tests.json'], folder);
    assert.equal(malformed.status, 2);
    assert.match(malformed.stdout, /malformed\.tests\.json:1 error The request needs a "resource" ARN/);
    const absent = runCli(['test', 'nope.json'], folder);
    assert.equal(absent.status, 2);
    assert.match(absent.stderr, /Cannot read nope\.json/);
  });

  void it('the example assertions in examples/ hold', () => {
    const run = runCli(['test', 'examples/connect-iam.tests.json'], REPO_ROOT);
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /^5 passed, 0 failed\.$/m);
  });
});
