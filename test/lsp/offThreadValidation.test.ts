import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver';
import { OffThreadValidator, ValidationCancelled } from '../../server/lsp/offThreadValidation';
import { bundledCatalogDir } from '../../server/service/catalog/nodeCatalogSource';
import { service } from '../helpers/service';

const WORKER = join(__dirname, '..', '..', 'dist', 'validationWorker.js');
const BUNDLED = { dir: bundledCatalogDir(), generation: 0 };
const statements = (count: number) => `{"Version":"2012-10-17","Statement":[${Array.from({ length: count }, (_, i) => `{"Sid":"S${i}","Effect":"allow","Action":"s3:GetObject","Resource":"*"}`).join(',')}]}`;

void describe('server: validation on the worker thread', () => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run "npm run build" first.`);

  void it('gives what the service gives on the main thread', async () => {
    const validator = new OffThreadValidator(WORKER);
    const input = { uri: 'file:///worker/same.json', text: statements(50), languageId: 'json' };
    try {
      assert.deepEqual(await validator.validate(input, {}, BUNDLED), service().validate(input, {}));
    } finally {
      validator.dispose();
    }
  });

  void it('a queued job for a document is superseded by a newer one', async () => {
    const validator = new OffThreadValidator(WORKER);
    try {
      const first = validator.validate({ uri: 'file:///worker/a.json', text: statements(2000) }, {}, BUNDLED);
      const queued = validator.validate({ uri: 'file:///worker/b.json', text: statements(10) }, {}, BUNDLED);
      const newer = validator.validate({ uri: 'file:///worker/b.json', text: statements(20) }, {}, BUNDLED);
      await assert.rejects(queued, ValidationCancelled);
      assert.equal((await newer).length, service().validate({ uri: 'file:///worker/b2.json', text: statements(20) }).length);
      await first;
    } finally {
      validator.dispose();
    }
  });

  void it('checks against the AWS data the server uses, also when new data replaced it in the same folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'connect-iam-catalog-'));
    const validator = new OffThreadValidator(WORKER);
    const input = { uri: 'file:///worker/unknown.json', text: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObjectz","Resource":"*"}]}' };
    const dated = (date: string) => {
      const index = JSON.parse(readFileSync(join(BUNDLED.dir, 'index.json'), 'utf8')) as { date: string };
      writeFileSync(join(dir, 'index.json'), JSON.stringify({ ...index, date }));
    };
    try {
      cpSync(BUNDLED.dir, dir, { recursive: true });
      dated('2031-01-01');
      assert.match((await validator.validate(input, {}, { dir, generation: 1 }))[0].message, /data of 2031-01-01/);
      dated('2032-02-02');
      assert.match((await validator.validate(input, {}, { dir, generation: 2 }))[0].message, /data of 2032-02-02/);
    } finally {
      validator.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  void it('a cancelled job is answered at once and finished on the same worker, which the next job then uses', async () => {
    // A grace no loaded machine runs out of: this is about what happens within it.
    const validator = new OffThreadValidator(WORKER, undefined, 60_000);
    const source = new CancellationTokenSource();
    try {
      const cancelled = validator.validate({ uri: 'file:///worker/typed.json', text: statements(500) }, {}, BUNDLED, source.token);
      source.cancel();
      await assert.rejects(cancelled, ValidationCancelled);
      const next = { uri: 'file:///worker/typed.json', text: statements(30) };
      assert.deepEqual(await validator.validate(next, {}, BUNDLED), service().validate(next, {}));
      assert.equal(validator.workersStarted, 1);
    } finally {
      validator.dispose();
    }
  });

  void it('a cancelled job that runs on past the grace period stops its worker; the next job gets a new one', async () => {
    const validator = new OffThreadValidator(WORKER, undefined, 0);
    const source = new CancellationTokenSource();
    try {
      const cancelled = validator.validate({ uri: 'file:///worker/slow.json', text: statements(20_000) }, {}, BUNDLED, source.token);
      source.cancel();
      await assert.rejects(cancelled, ValidationCancelled);
      const next = { uri: 'file:///worker/slow.json', text: statements(30) };
      assert.deepEqual(await validator.validate(next, {}, BUNDLED), service().validate(next, {}));
      assert.equal(validator.workersStarted, 2);
    } finally {
      validator.dispose();
    }
  });

  void it('a document that needs more memory than the worker has fails alone, and the next job gets a new worker', async () => {
    const validator = new OffThreadValidator(WORKER, 96);
    const small = { uri: 'file:///worker/small.json', text: statements(10) };
    try {
      const expected = await validator.validate(small, {}, BUNDLED);
      await assert.rejects(validator.validate({ uri: 'file:///worker/huge.json', text: statements(100_000) }, {}, BUNDLED), (error: NodeJS.ErrnoException) => error.code === 'ERR_WORKER_OUT_OF_MEMORY');
      assert.deepEqual(await validator.validate(small, {}, BUNDLED), expected);
    } finally {
      validator.dispose();
    }
  });
});
