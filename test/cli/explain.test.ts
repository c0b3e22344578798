import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureFolder, runCli } from './runCli';

const INSTANCE = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555';
const FLOW = `${INSTANCE}/contact-flow/66666666-7777-8888-9999-000000000000`;

const policy = (statements: object[]) => `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`;

const folder = fixtureFolder({
  'bare-instance.json': policy([{ Sid: 'Chat', Effect: 'Allow', Action: 'connect:StartChatContact', Resource: INSTANCE }]),
  'chat.json': policy([{ Sid: 'Chat', Effect: 'Allow', Action: 'connect:StartChatContact', Resource: `${INSTANCE}/contact-flow/*` }]),
  'office-only.json': policy([{ Sid: 'OfficeOnly', Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '198.51.100.0/24' } } }]),
  'boundary.json': policy([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]),
  'broken.json': '{"Version": "2012-10-17", "Statement": [',
});

const startChat = ['explain', '--action', 'connect:StartChatContact', '--resource', FLOW];

void describe('connect-iam explain', () => {
  void it('allowed: exit 0, the deciding statement with its line', () => {
    const run = runCli([...startChat, '--policy', 'chat.json'], folder);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`^connect:StartChatContact on ${FLOW}: allowed\n`));
    assert.match(run.stdout, /Allowed by statement 1 \(Sid "Chat"\) of identity policy chat\.json\./);
    assert.match(run.stdout, /^ {2}chat\.json:4:5 Allow applies - statement 1/m);
  });

  void it('the bare instance ARN: exit 1 and the cause named', () => {
    const run = runCli([...startChat, '--policy', 'bare-instance.json'], folder);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /: implicitDeny\n/);
    assert.match(run.stdout, /StartChatContact is authorized against the contact-flow resource, not the instance/);
    assert.match(run.stdout, /bare-instance\.json:8:\d+ Allow does not apply/);
  });

  void it('JSON output: decision, statements and reasons', () => {
    const run = runCli([...startChat, '--policy', 'chat.json', '--policy', 'office-only.json', '--context', 'aws:SourceIp=203.0.113.9', '--format', 'json'], folder);
    assert.equal(run.status, 1, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.decision, 'explicitDeny');
    assert.deepEqual(out.request.context, { 'aws:SourceIp': '203.0.113.9' });
    assert.deepEqual(
      out.statements.map((s: { policy: string; effect: string; applies: boolean }) => [s.policy, s.effect, s.applies]),
      [
        ['chat.json', 'Allow', true],
        ['office-only.json', 'Deny', true],
      ],
    );
    assert.deepEqual(out.deciding[0].location, { file: 'office-only.json', line: 4, column: 5 });
    assert.match(out.reasons[0], /^Explicitly denied by statement 1 \(Sid "OfficeOnly"\) of identity policy office-only\.json\.$/);
  });

  void it('repeated --context keys make a multivalued key; --boundary takes part', () => {
    const run = runCli([...startChat, '--policy', 'chat.json', '--boundary', 'boundary.json', '--context', 'aws:TagKeys=a', '--context', 'aws:TagKeys=b', '-f', 'json'], folder);
    const out = JSON.parse(run.stdout);
    assert.deepEqual(out.request.context, { 'aws:TagKeys': ['a', 'b'] });
    assert.equal(out.decision, 'implicitDeny');
    assert.deepEqual(out.roles, [
      { role: 'identity', decision: 'allowed' },
      { role: 'permissionsBoundary', decision: 'implicitDeny' },
    ]);
  });

  void it('usage and I/O errors exit 2 with a clear message', () => {
    const cases: [string[], RegExp][] = [
      [['explain', '--action', 'connect:StartChatContact', '--resource', FLOW], /No --policy given/],
      [['explain', '--policy', 'chat.json', '--resource', FLOW], /No --action given/],
      [['explain', '--policy', 'chat.json', '--action', 'StartChatContact', '--resource', FLOW], /is not an action: write service:Action/],
      [['explain', '--policy', 'chat.json', '--action', 'connect:StartChatContact'], /No --resource given/],
      [[...startChat, '--policy', 'missing.json'], /Cannot read policy file missing\.json/],
      [[...startChat, '--policy', '/nowhere/missing.json'], /Cannot read policy file \/nowhere\/missing\.json:/],
      [[...startChat, '--policy', 'broken.json'], /broken\.json is not valid JSON \(first error at 1:\d+\)/],
      [[...startChat, '--policy', 'chat.json', '--context', 'aws:SourceIp'], /--context "aws:SourceIp" must be KEY=VALUE/],
      [[...startChat, '--policy', 'chat.json', '--format', 'xml'], /Unknown format "xml"; use text, json/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args, folder);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stdout}`);
      assert.match(run.stderr, message);
    }
  });

  void it('--help describes the exit codes', () => {
    const run = runCli(['explain', '--help'], folder);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /Exit codes: 0 allowed, 1 denied \(explicitDeny or implicitDeny\), 2 usage or I\/O error\./);
  });
});
