import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DidCloseTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LanguageServerProcess, PULL_CLIENT, PUSH_CLIENT } from './languageServerProcess';

const BROKEN = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n';
const FINE = BROKEN.replace('"allow"', '"Allow"');
/** Big enough to validate off the main thread, so its first publication takes a while. */
const LARGE = `{"Version":"2012-10-17","Statement":[${Array.from({ length: 4000 }, (_, i) => `{"Sid":"S${i}","Effect":"allow","Action":"s3:GetObject","Resource":"*"}`).join(',')}]}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

void describe('no stale results', () => {
  let push: LanguageServerProcess;
  let pull: LanguageServerProcess;
  before(async () => {
    push = LanguageServerProcess.start();
    await push.initialize(PUSH_CLIENT);
    pull = LanguageServerProcess.start();
    await pull.initialize(PULL_CLIENT);
  });
  after(async () => {
    await push.stop();
    await pull.stop();
  });

  void it('push: a document closed while its first publication computes ends with no diagnostics', async () => {
    const uri = 'file:///stale/closed-early.json';
    await push.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version: 1, text: LARGE } });
    await sleep(30);
    await push.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    // Long enough for the validation that was under way to finish and (wrongly) publish.
    await sleep(4000);
    const last = push.publications.filter((p) => p.uri === uri).at(-1);
    assert.deepEqual(last?.diagnostics, [], `the last publication has ${last?.diagnostics.length} diagnostics`);
  });

  void it('pull: a document reopened at the same version with other text is not answered "unchanged"', async () => {
    const uri = 'file:///stale/reopened.json';
    await pull.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version: 1, text: BROKEN } });
    const first = await pull.pull(uri);
    assert.equal(first.kind, 'full');
    assert.ok(first.kind === 'full' && first.items.length > 0);
    await pull.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await pull.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version: 1, text: FINE } });
    const again = await pull.pull(uri, first.resultId);
    assert.equal(again.kind, 'full', 'the held result is for other text');
    assert.deepEqual(again.kind === 'full' ? again.items : undefined, []);
  });
});
