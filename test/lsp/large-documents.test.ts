import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { LanguageServerProcess, PULL_CLIENT } from './languageServerProcess';

/** A CloudFormation template of `count` inline policies: 10,000 make about 4.5 MB, under the 5 MB cap. */
function template(count: number): string {
  const resources = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `Policy${i}`,
      { Type: 'AWS::IAM::Policy', Properties: { PolicyName: `p${i}`, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 'connect:StartChatContact'], Resource: 'arn:aws:s3:::bucket/*' }] } } },
    ]),
  );
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, null, 2);
}

const SMALL = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "*" }]\n}\n';
const SMALL_URI = 'file:///work/small.json';
const BIG_URI = 'file:///work/big.template.json';
/**
 * A hover on another document answers within 100 ms while a big one validates (before, every hover
 * waited for the whole validation, seconds). The median is bounded, not the worst: on a machine
 * shared by many processes one hover may wait for a core whatever the server does.
 */
const HOVER_BOUND_MS = 100;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

let server: LanguageServerProcess;

async function hoverMs(): Promise<number> {
  const started = performance.now();
  const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: SMALL_URI }, position: { line: 2, character: 52 } });
  assert.ok(hover, 'the small document has a hover on its action');
  return performance.now() - started;
}

/** A new version of the big document with other policies, so that it is checked whole again (an edit inside one policy is checked incrementally). */
async function replaceBigDocument(version: number, policies: number): Promise<void> {
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: BIG_URI, version }, contentChanges: [{ text: template(policies) }] });
}

before(async () => {
  server = LanguageServerProcess.start();
  await server.initialize(PULL_CLIENT);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: SMALL_URI, languageId: 'json', version: 1, text: SMALL } });
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: BIG_URI, languageId: 'json', version: 1, text: template(10_000) } });
  // Warm: the catalog, the hover's service data and the worker thread are loaded once.
  await hoverMs();
  await server.pullItems(BIG_URI);
});

after(async () => {
  await server.stop();
});

void describe('large documents do not hold up the others', () => {
  void it('a hover on a small document answers while a 4.5 MB template validates', async (t) => {
    await replaceBigDocument(2, 9_999);
    let bigDone = false;
    const big = server.pullItems(BIG_URI).then((items) => {
      bigDone = true;
      return items;
    });
    const latencies: number[] = [];
    for (let i = 0; i < 7 && !bigDone; i++) {
      latencies.push(await hoverMs());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const stillValidating = !bigDone;
    await big;
    assert.ok(latencies.length > 0 && stillValidating, 'the big document validated so fast that no hover overlapped it; the test measures nothing');
    const figures = latencies.map((ms) => ms.toFixed(0)).join(', ');
    t.diagnostic(`hovers while the big document validated: ${figures} ms`);
    assert.ok(median(latencies) < HOVER_BOUND_MS, `hovers took ${figures} ms while the big document validated`);
  });

  void it('a pull of the big document cancelled after validation started is answered at once as cancelled', async () => {
    await replaceBigDocument(3, 9_998);
    const source = new CancellationTokenSource();
    const pull = server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: BIG_URI } }, source.token);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const cancelledAt = performance.now();
    source.cancel();
    await assert.rejects(pull, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    assert.ok(performance.now() - cancelledAt < 500, `cancelled after ${(performance.now() - cancelledAt).toFixed(0)} ms`);
    // The next pull still validates (the worker finishes the cancelled job first, or is replaced if it runs on too long).
    assert.ok(Array.isArray(await server.pullItems(BIG_URI)));
  });
});
