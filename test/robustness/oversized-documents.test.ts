import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FINDINGS_CAPPED_CODE, MAX_FINDINGS_PER_DOCUMENT } from '../../server/service/languageService';
import { service, validate } from '../helpers/service';

void describe('documents far larger than any policy', () => {
  void it('300 kB of empty statements: the findings are capped, most severe first, and one finding says so', () => {
    const text = `{"Version":"2012-10-17","Statement":[${Array(100_000).fill('{}').join(',')}]}`;
    const diagnostics = validate(text);
    assert.equal(diagnostics.length, MAX_FINDINGS_PER_DOCUMENT + 1);
    const notice = diagnostics[diagnostics.length - 1];
    assert.equal(notice.code, FINDINGS_CAPPED_CODE);
    assert.match(notice.message, /^Connect IAM reports the first 1000 of \d{6} findings in this document/);
    const severities = diagnostics.slice(0, -1).map((d) => ['error', 'warning', 'information', 'hint'].indexOf(d.severity));
    assert.deepEqual(severities, [...severities].sort((a, b) => a - b), 'most severe first');
  });

  void it('fix-all still sees every finding beyond the cap', () => {
    const statement = (i: number) => `{"Sid":"S${i}","Effect":"allow","Action":"s3:GetObject","Resource":"*"}`;
    const text = `{"Version":"2012-10-17","Statement":[${Array.from({ length: 1500 }, (_, i) => statement(i)).join(',')}]}`;
    const fixed = service().fixAll({ uri: 'file:///oversized/fix-all.json', text, languageId: 'json' });
    assert.equal(fixed.match(/"Effect":"Allow"/g)?.length, 1500);
  });
});
