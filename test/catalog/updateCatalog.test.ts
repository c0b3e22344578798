import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Catalog } from '../../server/service/catalog/catalog';
import { NodeCatalogSource } from '../../server/service/catalog/nodeCatalogSource';
import { readDownloadedCatalog } from '../../server/service/catalog/update/catalogStore';
import { updateCatalog, type UpdateOptions } from '../../server/service/catalog/update/updateCatalog';
import { json, proxy, serveServiceReference } from './loopback';
import { BUNDLED, CONNECT_DOCUMENT, NEW_SERVICE_DOCUMENT } from './serviceReferenceFixture';

const DOCS = [CONNECT_DOCUMENT, NEW_SERVICE_DOCUMENT];
const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'connect-iam-update-'));
  roots.push(dir);
  return dir;
}

/** No proxy from the developer's environment, a fixed clock, the fixture's bundled data. */
function options(endpoint: string, dir: string, more: Partial<UpdateOptions> = {}): UpdateOptions {
  return { cacheDir: dir, endpoint: `${endpoint}/`, bundled: BUNDLED, minServices: 1, env: {}, now: () => new Date('2026-12-07T10:00:00Z'), ...more };
}

async function withServer<T>(overrides: Parameters<typeof serveServiceReference>[1], run: (url: string) => Promise<T>): Promise<T> {
  const server = await serveServiceReference(DOCS, overrides);
  try {
    return await run(server.url);
  } finally {
    await server.close();
  }
}

async function installGood(dir: string): Promise<void> {
  const result = await withServer({}, (url) => updateCatalog(options(url, dir)));
  assert.equal(result.ok, true);
}

function assertKeptPrevious(dir: string): void {
  const downloaded = readDownloadedCatalog(dir);
  assert.ok(downloaded, 'the previous download is still there');
  assert.equal(downloaded.index.date, '2026-12-07');
  assert.deepEqual(readdirSync(dir), ['catalog'], 'no staging folder is left behind');
}

void test('success: every service is downloaded, converted and installed with its source and date', async () => {
  const dir = cacheDir();
  const progress: number[] = [];
  const result = await withServer({}, (url) => updateCatalog(options(url, dir, { onProgress: (done) => progress.push(done) })));
  assert.ok(result.ok, !result.ok ? result.message : '');
  assert.equal(result.services, 2);
  assert.equal(result.actions, 5);
  assert.deepEqual(progress, [0, 1, 2]);
  const downloaded = readDownloadedCatalog(dir);
  assert.ok(downloaded);
  assert.equal(downloaded.index.date, '2026-12-07');
  assert.match(downloaded.index.source, /^AWS Service Reference http:\/\/127\.0\.0\.1:\d+\/$/);
  const catalog = new Catalog(new NodeCatalogSource(downloaded.dir));
  assert.equal(catalog.action('connect:StartBrandNewThing')?.accessLevel, 'Write');
  assert.deepEqual(catalog.action('connect:StartBrandNewThing')?.dependentActions, ['wisdom:GetMessageTemplate']);
  assert.equal(catalog.serviceName('brandnew'), 'brandnew');
  assert.equal(catalog.hasService('gone'), false);
  assert.deepEqual(readdirSync(dir), ['catalog']);
});

void test('a redirect is followed; a redirect loop is an error', async () => {
  const dir = cacheDir();
  const moved = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(301, { location: to }).end();
  const followed = await withServer({ '/old/': moved('/') }, (url) => updateCatalog({ ...options(url, dir), endpoint: `${url}/old/` }));
  assert.ok(followed.ok, !followed.ok ? followed.message : '');
  const loop = await withServer({ '/loop/': moved('/loop/') }, (url) => updateCatalog({ ...options(url, dir), endpoint: `${url}/loop/` }));
  assert.match(!loop.ok ? loop.message : '', /more than 3 redirects/);
});

void test('HTTP 500 on the index: nothing is written and the status is named', async () => {
  const dir = cacheDir();
  const result = await withServer({ '/': (_req, res) => res.writeHead(500).end('oops') }, (url) => updateCatalog(options(url, dir)));
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /previous data stays in use[\s\S]*HTTP 500/);
  assert.equal(readDownloadedCatalog(dir), undefined);
});

void test('garbage instead of JSON keeps the previous data', async () => {
  const dir = cacheDir();
  await installGood(dir);
  const result = await withServer({ '/v1/connect/connect.json': (_req, res) => res.writeHead(200).end('<html>captive portal</html>') }, (url) => updateCatalog(options(url, dir)));
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /connect\.json: not JSON/);
  assertKeptPrevious(dir);
});

void test('JSON of the wrong shape keeps the previous data', async () => {
  const dir = cacheDir();
  await installGood(dir);
  const result = await withServer({ '/v1/brandnew/brandnew.json': json({ Name: 'brandnew', Actions: 'none' }) }, (url) => updateCatalog(options(url, dir)));
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /service "brandnew": the document has no Actions list/);
  assertKeptPrevious(dir);
});

void test('partial data: one service failing fails the whole update and names the service', async () => {
  const dir = cacheDir();
  await installGood(dir);
  const result = await withServer({ '/v1/brandnew/brandnew.json': (_req, res) => res.writeHead(404).end() }, (url) => updateCatalog(options(url, dir)));
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /1 of 2 services failed[\s\S]*brandnew\.json: HTTP 404/);
  assertKeptPrevious(dir);
});

void test('an index much shorter than the bundled data is refused as truncated', async () => {
  const dir = cacheDir();
  const result = await withServer({}, (url) => updateCatalog(options(url, dir, { minServices: 10 })));
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /lists 2 services, fewer than 10/);
});

void test('a slow server hits the total timeout', async () => {
  const dir = cacheDir();
  await installGood(dir);
  const started = Date.now();
  const result = await withServer({ '/v1/connect/connect.json': () => undefined }, (url) => updateCatalog(options(url, dir, { timeoutMs: 300 })));
  assert.ok(Date.now() - started < 5000);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /did not finish within/);
  assertKeptPrevious(dir);
});

void test('an oversized response is cut off at the cap', async () => {
  const dir = cacheDir();
  const big = (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200).end(JSON.stringify({ ...NEW_SERVICE_DOCUMENT, padding: 'x'.repeat(20_000) }));
  const result = await withServer({ '/v1/brandnew/brandnew.json': big }, (url) => updateCatalog(options(url, dir, { maxBytes: 10_000 })));
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /brandnew\.json: the response is .*over the limit of 10000/);
});

void test('cancelling stops the update and says so', async () => {
  const dir = cacheDir();
  const controller = new AbortController();
  const result = await withServer({ '/v1/connect/connect.json': () => controller.abort() }, (url) => updateCatalog(options(url, dir, { signal: controller.signal })));
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /Cancelled/);
});

void test('no server listening: the connection failure is reported', async () => {
  const dir = cacheDir();
  const result = await updateCatalog(options('http://127.0.0.1:1', dir));
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /index could not be read[\s\S]*ECONNREFUSED/);
});

void test('HTTPS_PROXY: requests go through the proxy tunnel', async () => {
  const dir = cacheDir();
  const tunnel = await proxy();
  try {
    const result = await withServer({}, (url) => updateCatalog(options(url, dir, { env: { HTTPS_PROXY: tunnel.url } })));
    assert.ok(result.ok, !result.ok ? result.message : '');
    assert.equal(tunnel.tunnels.length, 3);
  } finally {
    await tunnel.close();
  }
});

void test('NO_PROXY bypasses the proxy; an unreachable proxy gives a message naming it', async () => {
  const dir = cacheDir();
  const bypassed = await withServer({}, (url) => updateCatalog(options(url, dir, { env: { HTTPS_PROXY: 'http://127.0.0.1:1', NO_PROXY: '127.0.0.1' } })));
  assert.equal(bypassed.ok, true);
  const result = await withServer({}, (url) => updateCatalog(options(url, dir, { env: { https_proxy: 'http://127.0.0.1:1' } })));
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /the proxy http:\/\/127\.0\.0\.1:1 cannot be reached/);
  const unsupported = await withServer({}, (url) => updateCatalog(options(url, dir, { env: { HTTPS_PROXY: 'socks5://127.0.0.1:1' } })));
  assert.match(!unsupported.ok ? unsupported.message : '', /cannot be used: only http:\/\/ proxies are supported/);
});

void test('the update record says where and when the data came from', async () => {
  const dir = cacheDir();
  await installGood(dir);
  const record = JSON.parse(readFileSync(join(dir, 'catalog', 'update.json'), 'utf8')) as Record<string, unknown>;
  assert.equal(record.downloadedAt, '2026-12-07T10:00:00.000Z');
  assert.equal(record.services, 2);
});
