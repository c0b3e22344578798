import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAssertionsFile } from '../../server/service/assertions/assertionsFile';
import { MAX_NESTING } from '../../server/service/sources/json/nestingDepth';
import { service, validate } from '../helpers/service';

const DEEP = 100_000;
const arrays = (depth: number, inner = '') => '['.repeat(depth) + inner + ']'.repeat(depth);

/** Pathological nesting, in a policy and alone, strict and with a comment (the jsonc-parser path). */
const TEXTS: Record<string, string> = {
  'closed arrays': arrays(DEEP),
  'unclosed arrays': '['.repeat(DEEP),
  'nested objects': '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP),
  'a policy holding it': `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":${arrays(DEEP, '"*"')}}]}`,
  'a policy with a comment holding it': `{"Version":"2012-10-17", // c\n"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":${arrays(DEEP, '"*"')}}]}`,
};

void describe('deeply nested JSON', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    void it(`${name}: every entry point returns instead of overflowing the stack`, () => {
      const input = { uri: 'file:///deep.json', text, languageId: 'json' };
      const middle = { line: 0, character: text.length >> 1 };
      assert.doesNotThrow(() => validate(text));
      assert.doesNotThrow(() => validate(text, { forcePolicy: true }));
      assert.doesNotThrow(() => service().hover(input, middle));
      assert.doesNotThrow(() => service().complete(input, middle));
      assert.doesNotThrow(() => service().fixAll(input));
    });
  }

  void it('a tests file nested too deeply is a problem, not a crash', () => {
    const { problems } = parseAssertionsFile(`{"tests":${arrays(DEEP)}}`);
    assert.match(problems[0].message, /more than \d+ levels/);
  });

  void it('a policy nested just under the bound is still checked', () => {
    const value = arrays(MAX_NESTING - 7, '"a"');
    const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:username":${value}}}}]}`;
    assert.deepEqual(validate(text).map((d) => d.code), ['condition-value-type']);
  });
});
