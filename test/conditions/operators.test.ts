import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OPERATORS, formatOperator, operatorInfo, parseOperator } from '../../server/service/conditions/operators';

void describe('condition operators', () => {
  void it('knows the full IAM set, in eight families', () => {
    assert.equal(OPERATORS.length, 27);
    assert.deepEqual([...new Set(OPERATORS.map((o) => o.family))].sort(), ['Arn', 'Binary', 'Bool', 'Date', 'IpAddress', 'Null', 'Numeric', 'String']);
  });

  void it('parses qualifiers, IfExists and case-insensitive names', () => {
    const p = parseOperator('ForAnyValue:stringlikeifexists');
    assert.equal(p.qualifier, 'ForAnyValue');
    assert.equal(p.info?.name, 'StringLike');
    assert.equal(p.ifExists, true);
    assert.equal(p.known, true);
    assert.equal(formatOperator('StringEquals', p.ifExists, p.qualifier), 'ForAnyValue:StringEqualsIfExists');
  });

  void it('marks unknown bases and unknown qualifiers', () => {
    assert.equal(parseOperator('StringEqual').known, false);
    const q = parseOperator('ForAllValue:StringEquals');
    assert.equal(q.known, false);
    assert.equal(q.qualifierText, 'ForAllValue');
    assert.equal(q.info?.name, 'StringEquals');
  });

  void it('sees NullIfExists as Null with IfExists, and NotIpAddress as negated', () => {
    const n = parseOperator('NullIfExists');
    assert.equal(n.info?.name, 'Null');
    assert.equal(n.ifExists, true);
    assert.equal(operatorInfo('NotIpAddress')?.negated, true);
    assert.equal(operatorInfo('IpAddress')?.negated, false);
    assert.equal(operatorInfo('StringEquals')?.wildcards, false);
    assert.equal(operatorInfo('ArnEquals')?.wildcards, true);
  });
});
