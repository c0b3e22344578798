import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import {
  CATALOG_STATUS_REQUEST,
  UPDATE_CATALOG_PROGRESS,
  UPDATE_CATALOG_REQUEST,
  type CatalogStatus,
  type UpdateCatalogProgress,
  type UpdateCatalogResult,
} from '../../server/lsp/catalogUpdateProtocol';
import { serveServiceReference, type Loopback } from '../catalog/loopback';
import { bundledIndex, manyServices } from '../catalog/serviceReferenceFixture';
import { LanguageServerProcess, PULL_CLIENT } from './languageServerProcess';

const URI = 'file:///workspace/new-action-policy.json';
const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'connect:StartBrandNewThing', Resource: '*' }] }, null, 2);
const unknownAction = (items: Diagnostic[]) => items.some((d) => d.code === 'action-unknown');

async function startWithStorage(storage: string): Promise<LanguageServerProcess> {
  const server = LanguageServerProcess.start();
  await server.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: PULL_CLIENT,
    workspaceFolders: null,
    initializationOptions: { globalStoragePath: storage },
  });
  await server.connection.sendNotification(InitializedNotification.type, {});
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'json', version: 1, text: POLICY } });
  return server;
}

void describe('LSP: Update AWS data', () => {
  let reference: Loopback;
  let server: LanguageServerProcess;
  const storage = mkdtempSync(join(tmpdir(), 'connect-iam-storage-'));
  before(async () => {
    reference = await serveServiceReference(manyServices(), { '/broken/': (_req, res) => res.writeHead(503).end() });
    server = await startWithStorage(storage);
  });
  after(async () => {
    server.kill();
    await reference.close();
    rmSync(storage, { recursive: true, force: true });
  });

  void it('starts on the bundled data', async () => {
    assert.equal(unknownAction(await server.pullItems(URI)), true);
    const status = await server.connection.sendRequest<CatalogStatus>(CATALOG_STATUS_REQUEST);
    assert.deepEqual(status, { source: bundledIndex.source, date: bundledIndex.date, downloaded: false });
  });

  void it('downloads into the global storage, reports progress and switches without a restart', async () => {
    const progress: UpdateCatalogProgress[] = [];
    server.connection.onNotification(UPDATE_CATALOG_PROGRESS, (p: UpdateCatalogProgress) => void progress.push(p));
    const first = await server.pull(URI);
    const refreshes = server.refreshRequests;
    const result = await server.connection.sendRequest<UpdateCatalogResult>(UPDATE_CATALOG_REQUEST, { endpoint: `${reference.url}/` });
    assert.ok(result.ok, !result.ok ? result.message : '');
    assert.ok(progress.length > 0 && progress.at(-1)?.done === progress.at(-1)?.total);
    assert.ok(server.refreshRequests > refreshes, 'the client is asked to pull again');
    const again = await server.pull(URI, first.kind === 'full' ? first.resultId : undefined);
    assert.equal(again.kind, 'full', 'a result computed with the old data is not "unchanged"');
    assert.equal(unknownAction(again.kind === 'full' ? again.items : []), false);
    const status = await server.connection.sendRequest<CatalogStatus>(CATALOG_STATUS_REQUEST);
    assert.equal(status.downloaded, true);
    assert.match(status.source, /^AWS Service Reference http:\/\/127\.0\.0\.1/);
  });

  void it('a failed update says what failed and keeps the data in use', async () => {
    const result = await server.connection.sendRequest<UpdateCatalogResult>(UPDATE_CATALOG_REQUEST, { endpoint: `${reference.url}/broken/` });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /previous data stays in use[\s\S]*HTTP 503/);
    assert.equal(unknownAction(await server.pullItems(URI)), false);
  });

  void it('a new server finds the download in the same storage', async () => {
    const next = await startWithStorage(storage);
    try {
      assert.equal(unknownAction(await next.pullItems(URI)), false);
    } finally {
      next.kill();
    }
  });
});
