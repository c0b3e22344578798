import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPlainPart, parseArn, resourceSegments, type ArnPart } from '../../server/service/arn/parseArn';

void describe('parseArn', () => {
  void it('keeps the offset of every part, and colons inside the resource part', () => {
    const text = 'arn:aws:connect:us-east-1:123456789012:instance/abc/contact-flow/x:1';
    const parsed = parseArn(text);
    assert.equal(parsed.kind, 'arn');
    if (parsed.kind !== 'arn') return;
    for (const part of ['partition', 'service', 'region', 'account', 'resource'] as const) {
      const piece: ArnPart = parsed.arn[part];
      assert.equal(text.slice(piece.offset, piece.offset + piece.text.length), piece.text, part);
    }
    assert.equal(parsed.arn.resource.text, 'instance/abc/contact-flow/x:1');
    assert.deepEqual(resourceSegments(parsed.arn).map((s) => [s.text, text.slice(s.offset, s.offset + s.text.length)]), [
      ['instance', 'instance'],
      ['abc', 'abc'],
      ['contact-flow', 'contact-flow'],
      ['x:1', 'x:1'],
    ]);
  });
  void it('tells short ARNs and non-ARNs apart', () => {
    assert.equal(parseArn('arn:aws:s3:::bucket').kind, 'arn');
    assert.equal(parseArn('arn:aws:connect:us-east-1:123456789012').kind, 'too-few-parts');
    assert.equal(parseArn('ARN:aws:s3:::bucket').kind, 'not-arn');
    assert.equal(parseArn('*').kind, 'not-arn');
  });
  void it('knows plain parts from wildcards and markup', () => {
    assert.ok(isPlainPart('us-east-1'));
    assert.ok(!isPlainPart('us-*'));
    assert.ok(!isPlainPart('${Region}'));
    assert.ok(!isPlainPart('<region>'));
  });
});
