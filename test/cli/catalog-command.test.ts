import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serveServiceReference, type Loopback } from '../catalog/loopback';
import { bundledIndex, manyServices } from '../catalog/serviceReferenceFixture';
import { CLI_BUNDLE, REPO_ROOT, VALID_POLICY, fixtureFolder, type CliRun } from './runCli';

const MANY_SERVICES = manyServices();

/** The CLI in a child process, asynchronously so that the loopback server in this process can answer. */
function runCliAsync(args: string[], cacheDir: string, cwd: string = REPO_ROOT): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, CONNECT_IAM_CACHE_DIR: cacheDir };
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const NEW_ACTION_POLICY = VALID_POLICY.replace('connect:StartChatContact', 'connect:StartBrandNewThing');

void describe('connect-iam catalog update / status', () => {
  let server: Loopback;
  const roots: string[] = [];
  const cacheDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'connect-iam-cli-cache-'));
    roots.push(dir);
    return dir;
  };
  before(async () => {
    server = await serveServiceReference(MANY_SERVICES, { '/broken/': (_req, res) => res.writeHead(500).end() });
  });
  after(async () => {
    await server.close();
    roots.forEach((root) => rmSync(root, { recursive: true, force: true }));
  });

  void it('update exits 0, and from then on --version, status and lint use the downloaded data', async () => {
    const dir = cacheDir();
    const folder = fixtureFolder({ 'policy.json': NEW_ACTION_POLICY });
    const before = await runCliAsync(['lint', '--format', 'json', 'policy.json'], dir, folder);
    assert.match(before.stdout, /"code": "action-unknown"/, 'the bundled data does not know the new action');

    const update = await runCliAsync(['catalog', 'update', '--endpoint', `${server.url}/`], dir);
    assert.equal(update.status, 0, update.stderr);
    assert.match(update.stdout, new RegExp(`Updated: ${MANY_SERVICES.length} services`));
    assert.match(update.stderr, new RegExp(`100 of ${MANY_SERVICES.length} services[\\s\\S]*${MANY_SERVICES.length} of ${MANY_SERVICES.length} services`));

    const version = await runCliAsync(['--version'], dir);
    assert.match(version.stdout, new RegExp(`AWS catalog: AWS Service Reference ${server.url}/, data of \\d{4}-\\d{2}-\\d{2}`));
    const status = await runCliAsync(['catalog', 'status'], dir);
    assert.match(status.stdout, /^In use: AWS Service Reference/);
    assert.match(status.stdout, new RegExp(`Bundled: ${bundledIndex.source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const after = await runCliAsync(['lint', '--format', 'json', 'policy.json'], dir, folder);
    assert.doesNotMatch(after.stdout, /"code": "action-unknown"/, 'the downloaded data knows it');
  });

  void it('a failed update exits 1 with the reason and keeps the bundled data in use', async () => {
    const dir = cacheDir();
    const run = await runCliAsync(['catalog', 'update', '--endpoint', `${server.url}/broken/`], dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /previous data stays in use[\s\S]*HTTP 500/);
    assert.equal(existsSync(join(dir, 'catalog')), false);
    const version = await runCliAsync(['--version'], dir);
    assert.match(version.stdout, new RegExp(`data of ${bundledIndex.date}`));
  });

  void it('an incomplete download is ignored: the bundled data is used', async () => {
    const dir = cacheDir();
    const update = await runCliAsync(['catalog', 'update', '--cache-dir', dir, '--endpoint', `${server.url}/`], join(tmpdir()));
    assert.equal(update.status, 0, update.stderr);
    unlinkSync(join(dir, 'catalog', 'services', 'connect.json'));
    const status = await runCliAsync(['catalog', 'status'], dir);
    assert.match(status.stdout, new RegExp(`In use: .*data of ${bundledIndex.date}`));
    assert.match(status.stdout, /Downloaded: none/);
  });

  void it('usage mistakes exit 2', async () => {
    const dir = cacheDir();
    assert.equal((await runCliAsync(['catalog', 'update', '--endpoint', 'ftp://x/'], dir)).status, 2);
    assert.equal((await runCliAsync(['catalog', 'refresh'], dir)).status, 2);
    assert.equal((await runCliAsync(['catalog'], dir)).status, 2);
    assert.equal((await runCliAsync(['catalog', 'update', '--timeout', 'soon'], dir)).status, 2);
  });
});
