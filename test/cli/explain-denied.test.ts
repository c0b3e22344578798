import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI_BUNDLE, fixtureFolder, runCli } from './runCli';
import { FIXTURES, FLOW, WORKSPACE, deniedMessage, fixtureText } from '../accessDenied/helpers';

/** `connect-iam explain --error | --cloudtrail`: text and JSON output, stdin, exit codes, usage errors. */

const MESSAGE = `An error occurred (AccessDeniedException) when calling the StartChatContact operation: ${deniedMessage('connect:StartChatContact', FLOW, 'because no identity-based policy allows the connect:StartChatContact action')}`;
const EVENT = join(FIXTURES, 'cloudtrail', 'start-chat-denied.json');

void describe('connect-iam explain --error / --cloudtrail', () => {
  void it('a message: the cause, the role found, the deciding statement with its line; exit 1', () => {
    const run = runCli(['explain', '--error', MESSAGE], WORKSPACE);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, new RegExp(`^connect:StartChatContact on ${FLOW}: implicitDeny in this workspace\nCause: identity-policy\n`));
    assert.match(run.stdout, /^ {2}found: role ChatBackendRole at templates\/chat\.json:8:24$/m);
    assert.match(run.stdout, /^ {2}templates\/chat\.json:27:31 statement 1 \(Sid "StartWebChat"\)/m);
    assert.match(run.stdout, /StartChatContact is authorized against the contact-flow resource, not the instance/);
  });

  void it('JSON output: request, cause and deciding {file, range}, zero-based', () => {
    const run = runCli(['explain', '--cloudtrail', EVENT, '--format', 'json'], WORKSPACE);
    assert.equal(run.status, 1, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.input, 'cloudtrail');
    assert.equal(out.decision, 'implicitDeny');
    assert.equal(out.cause, 'identity-policy');
    assert.equal(out.request.action, 'connect:StartChatContact');
    assert.equal(out.request.context['aws:SourceIp'], '203.0.113.7');
    assert.deepEqual(out.deciding.map((d: { file: string; range: { start: unknown } }) => [d.file, d.range.start]), [['templates/chat.json', { line: 26, character: 30 }]]);
    assert.equal(out.calls.length, 1);
  });

  void it('stdin with "-"', () => {
    const result = spawnSync(process.execPath, [CLI_BUNDLE, 'explain', '--cloudtrail', '-'], { cwd: WORKSPACE, input: fixtureText('cloudtrail/start-chat-denied.json'), encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^connect:StartChatContact on .*: implicitDeny in this workspace/);
  });

  void it('--workspace, and --policy with --replace-policies: allowed, exit 0', () => {
    const folder = fixtureFolder({
      'flows.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'connect:StartChatContact', Resource: FLOW.replace(/[^/]+$/, '*') }] }),
    });
    const run = runCli(['explain', '--error', MESSAGE, '--workspace', WORKSPACE, '--policy', 'flows.json', '--replace-policies'], folder);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /: allowed in this workspace/);
    assert.match(run.stdout, /but statement 1 of identity policy flows\.json \(flows\.json:1\) allows it: the deployed identity-based policy differs/);
  });

  void it('a Participant Service denial: cause not-iam', () => {
    const run = runCli(['explain', '--error', 'An error occurred (AccessDeniedException) when calling the SendMessage operation: You do not have sufficient access to perform this action.', '-f', 'json'], WORKSPACE);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(JSON.parse(run.stdout).cause, 'not-iam');
  });

  void it('usage errors: exit 2 with the reason', () => {
    const cases: [string[], RegExp][] = [
      [['explain', '--error', 'hello'], /neither an AccessDenied message/],
      [['explain', '--error', MESSAGE, '--cloudtrail', EVENT], /Give --error or --cloudtrail, not both/],
      [['explain', '--error', MESSAGE, '--action', 'connect:StartChatContact'], /--action and --resource come from the AccessDenied input/],
      [['explain', '--cloudtrail', 'no-such.json'], /Cannot read CloudTrail file no-such\.json/],
      [['explain', '--error', '   '], /The AccessDenied input is empty/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args, WORKSPACE);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, message);
    }
  });
});
