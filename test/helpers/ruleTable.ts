import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic, Severity } from '../../server/service/diagnostics';
import type { Rule } from '../../server/service/rules/rule';
import { applyEdits } from '../../server/service/text/edits';
import { LineIndex, type Range } from '../../server/service/text/lineIndex';
import type { ServiceOptions } from '../../server/service/options';
import { service } from './service';
import { asTemplates, findingsByPath } from './yamlTemplate';

/** Marks an expected diagnostic range in an invalid case: `"Effect": ⟦"allow"⟧`. */
export const OPEN = '⟦';
export const CLOSE = '⟧';

export interface InvalidCase {
  /** The document, with every expected range of this rule marked by ⟦ ⟧. */
  code: string;
  /** Each diagnostic's message must match (one pattern per marked range, in order, or one for all). */
  message?: RegExp | RegExp[];
  /** The whole text after applying the fix titled `fixTitle` (or the first fix) of every diagnostic. */
  output?: string;
  fixTitle?: RegExp;
  /** Every diagnostic's severity, when the rule softens some findings. */
  severity?: Severity;
  options?: Partial<ServiceOptions>;
  languageId?: string;
  name?: string;
}

export interface ValidCase {
  code: string;
  options?: Partial<ServiceOptions>;
  languageId?: string;
  name?: string;
}

export interface RuleTable {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Strips ⟦ ⟧ markers and returns the text and the ranges they marked. */
export function markedRanges(marked: string): { text: string; ranges: Range[] } {
  let text = '';
  const spans: [number, number][] = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === OPEN) open.push(text.length);
    else if (ch === CLOSE) spans.push([open.pop() as number, text.length]);
    else text += ch;
  }
  const lines = new LineIndex(text);
  spans.sort((a, b) => a[0] - b[0]);
  return { text, ranges: spans.map(([s, e]) => lines.range(s, e - s)) };
}

const show = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

function diagnosticsOf(rule: Rule, text: string, options?: Partial<ServiceOptions>, languageId = 'json'): Diagnostic[] {
  return service()
    .validate({ uri: 'file:///test/policy.json', text, languageId }, options)
    .filter((d) => d.code === rule.meta.id)
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A table test in the style of eslint's RuleTester: valid cases, invalid cases with ranges, fixed output. */
export function ruleTable(rule: Rule, table: RuleTable): void {
  void describe(`rule ${rule.meta.id}`, () => {
    assert.ok(table.valid.length > 0 && table.invalid.length > 0, `${rule.meta.id} needs valid and invalid cases`);
    table.valid.forEach((c, i) => {
      const vc = typeof c === 'string' ? { code: c } : c;
      void it(`valid #${i + 1}${vc.name ? `: ${vc.name}` : ''}`, () => {
        const found = diagnosticsOf(rule, vc.code, vc.options, vc.languageId);
        assert.deepEqual(found.map((d) => `${show(d.range)} ${d.message}`), []);
      });
    });
    table.invalid.forEach((c, i) => {
      void it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const { text, ranges } = markedRanges(c.code);
        const found = diagnosticsOf(rule, text, c.options, c.languageId);
        assert.deepEqual(found.map((d) => show(d.range)), ranges.map(show), `ranges of ${rule.meta.id}: ${found.map((d) => d.message).join(' | ')}`);
        for (const d of found) {
          assert.equal(d.source, 'connect-iam');
          if (c.severity) assert.equal(d.severity, c.severity, d.message);
        }
        if (c.message) {
          const patterns = Array.isArray(c.message) ? c.message : found.map(() => c.message as RegExp);
          found.forEach((d, j) => assert.match(d.message, patterns[j] ?? patterns[0]));
        }
        if (c.output !== undefined) assert.equal(applyFixes(rule, text, found, c.fixTitle, c.options), c.output);
      });
    });
    if (!rule.meta.formats || rule.meta.formats.includes('yaml')) yamlParity(rule, table);
  });
}

/** Every case, put into a template, finds the same (rule, JSON path) pairs in YAML as in JSON. */
function yamlParity(rule: Rule, table: RuleTable): void {
  const cases = [...table.valid.map((c) => (typeof c === 'string' ? { code: c } : c)), ...table.invalid.map((c) => ({ ...c, code: markedRanges(c.code).text }))];
  cases.forEach((c, i) => {
    void it(`as YAML #${i + 1}${c.name ? `: ${c.name}` : ''}`, (t) => {
      const forms = asTemplates(c.code);
      if (!forms) {
        t.skip('not a JSON object: no template to render');
        return;
      }
      const inJson = findingsByPath(rule.meta.id, 'file:///test/template.json', forms.json, c.options);
      assert.deepEqual(findingsByPath(rule.meta.id, 'file:///test/template.yaml', forms.yaml, c.options), inJson, `YAML form:\n${forms.yaml}`);
    });
  });
}

/** Applies one fix per diagnostic (the one whose title matches, else the first) and returns the text. */
export function applyFixes(rule: Rule, text: string, diagnostics: Diagnostic[], fixTitle?: RegExp, options?: Partial<ServiceOptions>): string {
  const input = { uri: 'file:///test/policy.json', text, languageId: 'json' };
  const edits = diagnostics.flatMap((d) => {
    const actions = service().codeActions(input, d.range, [d], ['quickfix'], options);
    const chosen = fixTitle ? actions.find((a) => fixTitle.test(a.title)) : actions[0];
    assert.ok(chosen, `no fix${fixTitle ? ` matching ${fixTitle}` : ''} for ${rule.meta.id}: ${d.message} (got: ${actions.map((a) => a.title).join(', ') || 'none'})`);
    return chosen.edits ?? [];
  });
  return applyEdits(text, edits, new LineIndex(text));
}
