import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SEVERITIES } from '../server/service/diagnostics';
import { RULES } from '../server/service/rules/registry';

const root = join(__dirname, '..');
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

void describe('every registered rule', () => {
  void it('has a unique kebab-case id', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    assert.deepEqual(ids.filter((id) => !KEBAB.test(id)), []);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });

  void it('has a valid default severity and a description', () => {
    for (const { meta } of RULES) {
      assert.ok(SEVERITIES.includes(meta.defaultSeverity), `${meta.id}: severity ${meta.defaultSeverity}`);
      assert.ok(meta.description.trim().length > 0, `${meta.id}: empty description`);
    }
  });

  void it('has a docs page titled with its id', () => {
    const problems: string[] = [];
    for (const { meta } of RULES) {
      const page = join(root, 'docs', 'rules', `${meta.id}.md`);
      if (!existsSync(page)) problems.push(`${meta.id}: docs/rules/${meta.id}.md is missing`);
      else if (readFileSync(page, 'utf8').split('\n')[0] !== `# ${meta.id}`) problems.push(`${meta.id}: the page does not start with "# ${meta.id}"`);
    }
    assert.deepEqual(problems, []);
  });

  void it('has a rule-table test', () => {
    const missing = RULES.map((rule) => rule.meta.id).filter((id) => !existsSync(join(root, 'test', 'rules', `${id}.test.ts`)));
    assert.deepEqual(missing, []);
  });
});

void describe('the README rule list', () => {
  void it('lists every rule with its default severity and description', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const stale = RULES.filter(({ meta }) => {
      const row = `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.defaultSeverity} | ${meta.description.replace(/\|/g, '\\|')} |`;
      return !readme.includes(row);
    }).map(({ meta }) => meta.id);
    assert.deepEqual(stale, []);
  });
});
