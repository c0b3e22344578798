import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesWildcard, wildcardToRegExp } from '../../server/service/text/wildcard';

void describe('matchesWildcard against the text "*"', () => {
  void it('answers as the compiled pattern does, for every pattern of up to five characters', () => {
    const alphabet = ['*', '?', 'a', '\n'];
    const patterns = [''];
    for (let length = 1; length <= 5; length++) {
      for (const pattern of patterns.filter((p) => p.length === length - 1)) patterns.push(...alphabet.map((c) => pattern + c));
    }
    for (const pattern of patterns) {
      assert.equal(matchesWildcard(pattern, '*'), wildcardToRegExp(pattern).test('*'), JSON.stringify(pattern));
      assert.equal(matchesWildcard(pattern, '*', true), wildcardToRegExp(pattern, { caseInsensitive: true }).test('*'), JSON.stringify(pattern));
    }
  });
});

void describe('matchesWildcard without wildcards, ignoring case', () => {
  void it('compares as lower-cased texts do, also where lower-casing changes the length (U+0130)', () => {
    const texts = ['connect:StartChatContact', 'CONNECT:startchatcontact', 'connect:StartChat', 'İ', 'i\u0307', 'I', 'i', 'xİ', 'xi\u0307', ''];
    for (const a of texts) {
      for (const b of texts) assert.equal(matchesWildcard(a, b, true), a.toLowerCase() === b.toLowerCase(), `${JSON.stringify(a)} ${JSON.stringify(b)}`);
    }
  });
});
