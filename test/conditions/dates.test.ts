import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseIamDate } from '../../server/service/conditions/dates';

void describe('IAM date values', () => {
  const valid: [string, string][] = [
    ['2026-01-31T23:59:59Z', '2026-01-31T23:59:59.000Z'],
    ['2026-01-31T23:59:59.5Z', '2026-01-31T23:59:59.500Z'],
    ['2026-01-31T23:59Z', '2026-01-31T23:59:00.000Z'],
    ['2026-01-31T12:00:00+02:00', '2026-01-31T10:00:00.000Z'],
    ['2026-01-31T12:00:00-05:30', '2026-01-31T17:30:00.000Z'],
    ['2026-01-31', '2026-01-31T00:00:00.000Z'],
    ['2026-01', '2026-01-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['1700000000', '2023-11-14T22:13:20.000Z'],
    ['0', '1970-01-01T00:00:00.000Z'],
  ];
  for (const [text, iso] of valid) {
    void it(`accepts ${text}`, () => {
      const parsed = parseIamDate(text);
      assert.ok(parsed.ok, text);
      assert.equal(new Date(parsed.epochMillis).toISOString(), iso);
    });
  }

  void it('reads a bare number, even a year, as epoch seconds', () => {
    const parsed = parseIamDate('2026');
    assert.ok(parsed.ok);
    assert.equal(parsed.form, 'epoch');
    assert.equal(parsed.epochMillis, 2_026_000);
  });

  const invalid: [string, RegExp][] = [
    ['2023-02-29', /day 29/],
    ['2026-13-01', /month 13/],
    ['2026-01-31T24:00:00Z', /time 24:00:00/],
    ['2026-01-31 12:00:00Z', /neither/],
    ['31/01/2026', /neither/],
    ['yesterday', /neither/],
    ['2026-01-31T12:00:00+25:00', /time zone/],
    ['', /neither/],
  ];
  for (const [text, reason] of invalid) {
    void it(`rejects ${JSON.stringify(text)}`, () => {
      const parsed = parseIamDate(text);
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.match(parsed.message, reason);
    });
  }

  void it('agrees with Date.parse on every ISO 8601 instant toISOString writes', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
      const text = d.toISOString();
      const parsed = parseIamDate(text);
      assert.ok(parsed.ok, text);
      assert.equal(parsed.epochMillis, Date.parse(text));
    }), { numRuns: 1000 });
  });

  void it('reads epoch seconds as seconds', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4_000_000_000 }), (n) => {
      const parsed = parseIamDate(String(n));
      assert.ok(parsed.ok && parsed.form === 'epoch');
      assert.equal(parsed.epochMillis, n * 1000);
    }));
  });
});
