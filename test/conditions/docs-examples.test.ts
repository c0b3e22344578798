import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { conditionsRules } from '../../server/service/rules/conditions';
import { validate } from '../helpers/service';

/** The JSON example under a "## Invalid" or "## Valid" heading of a rule's docs page. */
function example(page: string, heading: 'Invalid' | 'Valid'): string {
  const section = page.split(`## ${heading}\n`)[1];
  const match = section && /```json\n([\s\S]*?)```/.exec(section);
  assert.ok(match, `no ${heading} example`);
  return match[1];
}

void describe('condition rule docs examples', () => {
  for (const rule of conditionsRules) {
    void it(`${rule.meta.id}: the invalid example is found, the valid one is not`, () => {
      const page = readFileSync(join(__dirname, '..', '..', 'docs', 'rules', `${rule.meta.id}.md`), 'utf8');
      assert.match(page, new RegExp(`\\*\\*Default severity:\\*\\* ${rule.meta.defaultSeverity} `));
      const ids = (text: string) => validate(text).map((d) => d.code);
      assert.ok(ids(example(page, 'Invalid')).includes(rule.meta.id), 'invalid example not reported');
      assert.ok(!ids(example(page, 'Valid')).includes(rule.meta.id), 'valid example reported');
    });
  }
});
