import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileGlob, matchesAnyGlob, type Glob } from '../../server/lsp/glob';
import { readSettings } from '../../server/lsp/settings';

const KNOWN = new Set(['json-syntax']);

/** What the globs mean: the RegExp they used to compile to (correct, only slow on star-heavy patterns). */
function referenceRegExp(pattern: string): RegExp {
  let source = '';
  let inBraces = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        // "**/" matches zero or more folders; a trailing "**" matches everything.
        const followedBySlash = pattern[i + 2] === '/';
        source += followedBySlash ? '(?:.*/)?' : '.*';
        i += followedBySlash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '{' && !inBraces) {
      inBraces = true;
      source += '(?:';
    } else if (ch === '}' && inBraces) {
      inBraces = false;
      source += ')';
    } else if (ch === ',' && inBraces) {
      source += '|';
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        source += '\\[';
      } else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        // One deliberate change: a class matches one character of a name, never the `/` between folders.
        source += `(?!/)[${body}]`;
        i = close;
      }
    } else {
      source += ch.replace(/[.+^$(){}|\\\]]/g, '\\$&');
    }
  }
  if (inBraces) source += ')';
  return new RegExp(`(?:^|/)${source}$`);
}


/** Generous: matching takes microseconds; star-heavy globs took 11-68 s per document as RegExps. */
const BOUND_MS = 250;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

void describe('connectIam.files: hostile glob patterns', () => {
  void it('an invalid or oversized glob is named and skipped; the other settings and globs keep working', () => {
    const huge = `${'a'.repeat(1024 * 1024)}*.json`;
    const { settings, problems } = readSettings({ files: ['[z-a].json', huge, 'policies/*.json'], rules: { 'json-syntax': 'warning' } }, KNOWN);
    assert.equal(settings.files.length, 1);
    assert.ok(matchesAnyGlob('/repo/policies/chat.json', settings.files));
    assert.deepEqual(settings.ruleSeverity, { 'json-syntax': 'warning' });
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0], /^connectIam\.files: "\[z-a\]\.json" is not a valid glob pattern: the range z-a is out of order\. The entry is ignored\.$/);
    assert.match(problems[1], /^connectIam\.files: "a{20,}"… \(1048582 characters\) is not a valid glob pattern: it is longer than \d+ characters\. The entry is ignored\.$/);
  });

  void it('answers as the RegExp definition does (random patterns and paths)', () => {
    // A brace group's edge is a boundary: `*{a/,}**/` is `*` then `**/`, which match the empty path.
    assert.ok((compileGlob('*{a/,}**/') as Glob).test(''));
    const part = fc.constantFrom('a', 'b', '/', '.', '*', '**', '**/', '?', '{a,b}', '{a/,}', '[a-b]', '[!a]');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), fc.array(fc.constantFrom('a', 'b', 'c', '/', '.'), { maxLength: 12 }), (parts, chars) => {
        const [pattern, path] = [parts.join(''), chars.join('')];
        const glob = compileGlob(pattern);
        assert.ok(!('error' in glob));
        assert.equal(glob.test(path), referenceRegExp(pattern).test(path), `${JSON.stringify(pattern)} ${JSON.stringify(path)}`);
      }),
      { numRuns: 20_000 },
    );
  });

  void it('star-heavy globs match in time linear in the path', () => {
    const path = `/${'a/'.repeat(200)}${'a'.repeat(300)}.jsonx`;
    for (const pattern of [`${'*a'.repeat(100)}*.json`, `${'**/a'.repeat(100)}*.json`, `{${Array.from({ length: 16 }, (_, i) => `${'*'.repeat(i + 1)}a`).join(',')}}*.json`, `${'?*'.repeat(200)}.json`]) {
      const glob = compileGlob(pattern);
      assert.ok(!('error' in glob), `${pattern}: ${'error' in glob ? glob.error : ''}`);
      const [matched, ms] = timed(() => glob.test(path));
      assert.equal(matched, false, pattern);
      assert.ok(ms < BOUND_MS, `${pattern.slice(0, 40)}…: ${ms.toFixed(0)} ms`);
    }
  });

  void it('too many brace alternatives are refused rather than expanded', () => {
    const glob = compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}.json');
    assert.ok('error' in glob);
    assert.match(glob.error, /more than \d+ alternatives/);
  });
});
