import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileWildcard, matchesWildcard } from '../../server/service/text/wildcard';
import { START_CHAT, explain, policyDoc } from '../evaluator/helpers';

/** What IAM wildcards mean, as the backtracking RegExp they used to compile to (correct, only slow). */
function reference(pattern: string, text: string, ignoreCase: boolean): boolean {
  const source = pattern.split(/([*?])/).map((part) => (part === '*' ? '.*' : part === '?' ? '.' : part.replace(/[.+^${}()|[\]\\/-]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(text);
}

/** Generous: the linear matcher takes microseconds; the backtracking one took 27.5 s on the resource below. */
const BOUND_MS = 250;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

void describe('wildcard matching takes time linear in the text, for any pattern', () => {
  void it('answers as the RegExp definition does (random patterns and texts, both case modes)', () => {
    const char = fc.constantFrom('a', 'b', 'A', 'İ', 'i', 'ß', '\n', ':', '/', '.', '*', '?');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 10 }), fc.array(fc.constantFrom('a', 'b', 'A', 'İ', 'i', 'ß', '\n', ':', '/', '.', '*', '?'), { maxLength: 14 }), fc.boolean(), (p, t, ignoreCase) => {
        const [pattern, text] = [p.join(''), t.join('')];
        assert.equal(compileWildcard(pattern, { caseInsensitive: ignoreCase }).test(text), reference(pattern, text, ignoreCase), `${JSON.stringify(pattern)} ${JSON.stringify(text)} ${ignoreCase}`);
        assert.equal(matchesWildcard(pattern, text, ignoreCase), reference(pattern, text, ignoreCase));
      }),
      { numRuns: 5000 },
    );
  });

  void it('a 7-star pattern against a 60-character text that almost matches', () => {
    const [matched, ms] = timed(() => matchesWildcard('a*a*a*a*a*a*a*b', 'a'.repeat(60)));
    assert.equal(matched, false);
    assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
  });

  void it('a 5,000-star pattern against a 100,000-character text, both case modes', () => {
    const pattern = `${'x*'.repeat(5000)}y`;
    const text = 'x'.repeat(100_000);
    for (const ignoreCase of [false, true]) {
      const [matched, ms] = timed(() => matchesWildcard(pattern, text, ignoreCase));
      assert.equal(matched, false);
      assert.ok(ms < BOUND_MS * 4, `${ms.toFixed(0)} ms`);
    }
  });

  void it('the evaluator on a 7-star Resource pattern (27.5 s before)', () => {
    const resource = `arn:aws:connect:us-east-1:111122223333:instance/${'a'.repeat(60)}`;
    const doc = policyDoc([{ Effect: 'Allow', Action: 'connect:StartChatContact', Resource: 'arn:aws:connect:us-east-1:111122223333:instance/a*a*a*a*a*a*a*b' }]);
    const [evaluation, ms] = timed(() => explain({ ...START_CHAT, resource }, doc));
    assert.equal(evaluation.decision, 'implicitDeny');
    assert.ok(ms < BOUND_MS * 4, `${ms.toFixed(0)} ms`);
  });
});
