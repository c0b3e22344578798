import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { EXPLAIN_DENIED_REQUEST, type ExplainDeniedResult } from '../../server/lsp/explainDeniedProtocol';
import { FLOW, INSTANCE, WORKSPACE, deniedMessage, fixtureText } from '../accessDenied/helpers';
import { LanguageServerProcess, PULL_CLIENT } from './languageServerProcess';

/** "Explain an AccessDenied error..." over LSP: the workspace folder's templates, open buffers first, the places to open. */

const TEMPLATE = pathToFileURL(join(WORKSPACE, 'templates', 'chat.json')).href;
const MESSAGE = deniedMessage('connect:StartChatContact', FLOW, 'because no identity-based policy allows the connect:StartChatContact action');

void describe('Explain an AccessDenied error over LSP', () => {
  let server: LanguageServerProcess;
  before(async () => {
    server = LanguageServerProcess.start();
    await server.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(WORKSPACE).toString(),
      capabilities: PULL_CLIENT,
      workspaceFolders: [{ uri: pathToFileURL(WORKSPACE).toString(), name: 'chat' }],
    });
    await server.connection.sendNotification(InitializedNotification.type, {});
  });
  after(async () => {
    await server.stop();
  });

  const ask = (text: string): Promise<ExplainDeniedResult> => server.connection.sendRequest(EXPLAIN_DENIED_REQUEST, { text });

  void it('a message: the deciding statement to open, the cause, the simulator principal and the text', async () => {
    const result = await ask(MESSAGE);
    assert.equal(result.error, undefined);
    assert.equal(result.calls.length, 1);
    const [call] = result.calls;
    assert.equal(call.cause, 'identity-policy');
    assert.equal(call.decision, 'implicitDeny');
    assert.deepEqual(call.deciding, { uri: TEMPLATE, range: { start: { line: 26, character: 30 }, end: { line: 26, character: 132 } } });
    assert.equal(call.simulatorPrincipal, 'arn:aws:iam::123456789012:role/chat-backend');
    assert.match(result.text, /^ {2}templates\/chat\.json:27:31 statement 1 \(Sid "StartWebChat"\)/m);
  });

  void it('a CloudTrail event', async () => {
    const result = await ask(fixtureText('cloudtrail/start-chat-denied.json'));
    assert.equal(result.calls[0]?.cause, 'identity-policy');
    assert.match(result.text, /^Context: .*aws:SourceIp=203\.0\.113\.7/m);
  });

  void it('an open, edited template counts as the editor has it', async () => {
    const fixed = fixtureText('chat-workspace/templates/chat.json').replace(`:instance/\${InstanceId}" }`, `:instance/\${InstanceId}/contact-flow/*" }`);
    assert.notEqual(fixed, fixtureText('chat-workspace/templates/chat.json'));
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: TEMPLATE, languageId: 'json', version: 1, text: fixtureText('chat-workspace/templates/chat.json') } });
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: TEMPLATE, version: 2 }, contentChanges: [{ text: fixed }] });
    const result = await ask(MESSAGE);
    assert.equal(result.calls[0]?.decision, 'allowed');
    assert.match(result.text, /the deployed identity-based policy differs from this workspace/);
  });

  void it('text that is no AccessDenied error: the reason, no calls', async () => {
    const result = await ask(`not an error ${INSTANCE}`);
    assert.deepEqual(result.calls, []);
    assert.match(result.error ?? '', /neither an AccessDenied message/);
    const empty = await ask('  ');
    assert.match(empty.error ?? '', /Paste an AccessDenied error message/);
  });
});
