import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseTree, type Node } from 'jsonc-parser';
import { scanTokenFacts } from '../../server/service/sources/json/jsonTokens';
import { parseStrictJson } from '../../server/service/sources/json/strictJson';

/** A node as plain data: every own key (parents checked, not printed), children in order. */
function shape(node: Node | undefined, parent?: Node): unknown {
  if (!node) return node;
  assert.ok(parent ? node.parent === parent : !('parent' in node), 'parent links as parseTree leaves them');
  const fields = Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'parent' && key !== 'children'));
  return { ...fields, keys: Object.keys(node).sort().join(), children: node.children?.map((child) => shape(child, node)) };
}

/** Strict texts must give parseTree's tree, with no error, comment or trailing comma; others are left to jsonc-parser. */
function agrees(text: string): boolean {
  const errors: unknown[] = [];
  const expected = parseTree(text, errors as never, { allowTrailingComma: true, disallowComments: false });
  const strict = parseStrictJson(text);
  if (!strict) return false;
  const facts = scanTokenFacts(text);
  assert.deepEqual([errors, facts.comments, facts.trailingCommas], [[], [], []], `accepted a text jsonc-parser objects to: ${JSON.stringify(text)}`);
  assert.deepEqual(shape(strict.root), shape(expected), JSON.stringify(text));
  assert.ok(Object.is(strict.root?.value, expected?.value));
  return true;
}

const EXAMPLES = join(__dirname, '..', '..', 'examples');

void describe('parseStrictJson', () => {
  void it('builds parseTree’s tree for strict JSON and gives up on everything else', () => {
    const strict = ['0', '-0', '1.5e+3', '2E-7', 'true', 'null', '"a"', '"\\u00e9\\n\\/"', '[]', '{}', '[[[]]]', '{"a" : [ 1 , {"b": false} ] }', ' \r\n\t{"k": "v"} '];
    const loose = ['', ' ', '-', '01', '1.', '.5', '1e', 'truex', 'nul', '[1,]', '{"a":1,}', '[1 2]', '{"a"}', '{"a":1}x', '\ufeff{}', '"\u0001"', '"a\nb"', '// c\n{}', '{"a": /* c */ 1}', '"\\x"', '"\\u12"', '{1: 2}', '\u00a0[]'];
    for (const text of strict) assert.ok(agrees(text), `strict: ${JSON.stringify(text)}`);
    for (const text of loose) assert.ok(!agrees(text), `not strict: ${JSON.stringify(text)}`);
  });

  void it('agrees with parseTree on the examples and on thousands of edits of them', () => {
    const pieces = [' ', '\n', ',', '}', ']', '{', '[', '"', '\\', 'u', '0', '-', '.', 'e', 'true', '/', '\t', '\u00a0', ':', '"\\u00e9"', '\u2028'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let accepted = 0;
    let checked = 0;
    for (const file of readdirSync(EXAMPLES).filter((f) => /\.jsonc?$/.test(f))) {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      if (agrees(text)) accepted++;
      for (let i = 0; i < 300; i++) {
        const at = Math.floor(random() * text.length);
        const piece = pieces[Math.floor(random() * pieces.length)];
        const edited = random() < 0.5 ? text.slice(0, at) + piece + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
        if (agrees(edited)) accepted++;
        checked++;
      }
    }
    assert.ok(checked > 1000 && accepted > 100, `${accepted} of ${checked} edits were strict`);
  });
});
