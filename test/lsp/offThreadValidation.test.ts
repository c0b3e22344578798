import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { OffThreadValidator, ValidationCancelled } from '../../server/lsp/offThreadValidation';
import { service } from '../helpers/service';

const WORKER = join(__dirname, '..', '..', 'dist', 'validationWorker.js');
const statements = (count: number) => `{"Version":"2012-10-17","Statement":[${Array.from({ length: count }, (_, i) => `{"Sid":"S${i}","Effect":"allow","Action":"s3:GetObject","Resource":"*"}`).join(',')}]}`;

void describe('server: validation on the worker thread', () => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run "npm run build" first.`);

  void it('gives what the service gives on the main thread', async () => {
    const validator = new OffThreadValidator(WORKER);
    const input = { uri: 'file:///worker/same.json', text: statements(50), languageId: 'json' };
    try {
      assert.deepEqual(await validator.validate(input, {}), service().validate(input, {}));
    } finally {
      validator.dispose();
    }
  });

  void it('a queued job for a document is superseded by a newer one', async () => {
    const validator = new OffThreadValidator(WORKER);
    try {
      const first = validator.validate({ uri: 'file:///worker/a.json', text: statements(2000) }, {});
      const queued = validator.validate({ uri: 'file:///worker/b.json', text: statements(10) }, {});
      const newer = validator.validate({ uri: 'file:///worker/b.json', text: statements(20) }, {});
      await assert.rejects(queued, ValidationCancelled);
      assert.equal((await newer).length, service().validate({ uri: 'file:///worker/b2.json', text: statements(20) }).length);
      await first;
    } finally {
      validator.dispose();
    }
  });

  void it('a document that needs more memory than the worker has fails alone, and the next job gets a new worker', async () => {
    const validator = new OffThreadValidator(WORKER, 96);
    const small = { uri: 'file:///worker/small.json', text: statements(10) };
    try {
      const expected = await validator.validate(small, {});
      await assert.rejects(validator.validate({ uri: 'file:///worker/huge.json', text: statements(100_000) }, {}), (error: NodeJS.ErrnoException) => error.code === 'ERR_WORKER_OUT_OF_MEMORY');
      assert.deepEqual(await validator.validate(small, {}), expected);
    } finally {
      validator.dispose();
    }
  });
});
