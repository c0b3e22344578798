import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LanguageServerProcess, PULL_CLIENT, waitFor } from './languageServerProcess';

const POSIX = process.platform !== 'win32';
const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"connect:StartChatContact","Resource":"*"}]}';
const request = { action: 'connect:StartChatContact', resource: 'arn:aws:connect:us-east-1:111122223333:instance/x/contact-flow/y', expect: 'allowed' };

/** Policy paths a hostile workspace could write, with what the server must answer for each. */
const HOSTILE: [path: string, reason: RegExp][] = [
  ...(POSIX ? ([['/dev/zero', /outside the workspace folder/], ['pipe.json', /a FIFO, not a regular file/]] as [string, RegExp][]) : []),
  ['\\\\attacker.example\\share\\p.json', /names a file on another machine/],
  ['../outside/secret.json', /outside the workspace folder/],
  ['big.json', /larger than the 5\.0 MB/],
];

let parent: string;
let root: string;
let server: LanguageServerProcess;

before(async () => {
  parent = mkdtempSync(join(tmpdir(), 'connect-iam-hostile-'));
  root = join(parent, 'workspace');
  mkdirSync(root);
  mkdirSync(join(parent, 'outside'));
  writeFileSync(join(parent, 'outside', 'secret.json'), POLICY);
  writeFileSync(join(root, 'big.json'), '');
  truncateSync(join(root, 'big.json'), 50 * 1024 * 1024);
  if (POSIX) execFileSync('mkfifo', [join(root, 'pipe.json')]);
  server = LanguageServerProcess.start();
  await server.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).toString(),
    capabilities: PULL_CLIENT,
    workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'hostile' }],
  });
  await server.connection.sendNotification(InitializedNotification.type, {});
});

after(async () => {
  await server.stop();
  rmSync(parent, { recursive: true, force: true });
});

void describe('a tests file naming devices, FIFOs, network shares and outside paths', () => {
  void it('answers at once with why each policy was not read, and reads none of them', async () => {
    const text = JSON.stringify({ tests: HOSTILE.map(([policy]) => ({ policy, requests: [request] })) }, null, 2);
    const uri = pathToFileURL(join(root, 'connect-iam.tests.json')).toString();
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version: 1, text } });
    let last: Diagnostic[] = [];
    const errors = await waitFor(
      () => `one error per hostile path; last: ${JSON.stringify(last.map((d) => d.message))}`,
      async () => {
        last = (await server.pullItems(uri)).filter((d) => /No assertion of this test can run/.test(String(d.message)));
        return last.length === HOSTILE.length ? last : undefined;
      },
    );
    HOSTILE.forEach(([path, reason], i) => {
      assert.match(String(errors[i].message), reason, `${path}: ${String(errors[i].message)}`);
    });
  });
});
