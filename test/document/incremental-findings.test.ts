import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cloudFormationTemplate } from '../../bench/fixtures';
import type { Diagnostic } from '../../server/service/diagnostics';
import { planIncrementalCheck } from '../../server/service/document/incrementalFindings';
import { parseDocument } from '../../server/service/document/parsedDocument';
import { INCREMENTAL_FROM_CHARS, PolicyLanguageService } from '../../server/service/languageService';
import { withDefaults } from '../../server/service/options';
import { applyEdits } from '../../server/service/text/edits';
import { service } from '../helpers/service';

const URI = 'file:///incremental/template.json';
const { text: TEMPLATE } = cloudFormationTemplate(150_000);

/** Findings in a comparable order: the incremental check sorts by position, a whole check by rule. */
const sorted = (diagnostics: Diagnostic[]) =>
  [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));

/** Replaces the `nth` occurrence (from 0) of `find` after `from`. */
function replaceAt(text: string, find: string, replacement: string, from: number): string {
  const at = text.indexOf(find, from);
  assert.ok(at >= 0, `${find} not found after ${from}`);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

void describe('incremental findings of a large editor document', () => {
  assert.ok(TEMPLATE.length > INCREMENTAL_FROM_CHARS);
  const middle = TEMPLATE.length >> 1;

  void it('gives, version after version, exactly what checking the whole document gives', () => {
    const edits: ((text: string) => string)[] = [
      // A finding appears in one policy, then another in a policy after it, then the first goes away.
      (t) => replaceAt(t, '"Effect": "Allow"', '"Effect": "allow"', middle),
      (t) => replaceAt(t, '"aws:SecureTransport": "false"', '"aws:SecureTransport": "maybe"', middle + 5000),
      (t) => replaceAt(t, '"Effect": "allow"', '"Effect": "Allow"', 0),
      // Lines added before later findings move them; an edit outside every policy checks none again.
      (t) => replaceAt(t, '"Statement": [', '"Statement": [\n\n', middle - 20_000),
      (t) => replaceAt(t, 'statusCode: 200', 'statusCode: 201', middle),
      // A statement's Condition that a quick fix rewrites, after a later edit earlier in the file.
      (t) => replaceAt(t, '"Bool": {', '"StringEquals": {"aws:PrincipalTag/team": "chat*"}, "Bool": {', middle + 9000),
      (t) => replaceAt(t, '"Sid": "S0"', '"Sid": "S0 with space"', 1000),
      // Broken JSON, then mended: the whole document is checked.
      (t) => replaceAt(t, '"Version": "2012-10-17",', '"Version": "2012-10-17"', middle),
      (t) => replaceAt(t, '"Version": "2012-10-17"\n', '"Version": "2012-10-17",\n', middle - 2000),
      // A new statement in a role's inline policy (its resource's policies are checked together).
      (t) => replaceAt(t, '"Statement": [', '"Statement": [{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "*"},', middle + 3000),
    ];
    const incremental = new PolicyLanguageService(service().catalog);
    let text = TEMPLATE;
    incremental.validate({ uri: URI, text, version: 1 });
    edits.forEach((edit, i) => {
      text = edit(text);
      const version = i + 2;
      const got = incremental.validate({ uri: URI, text, version });
      const whole = service().validate({ uri: URI, text });
      assert.deepEqual(sorted(got), sorted(whole), `version ${version}`);
    });
  });

  void it('checks again only the policies of the resource the edit is in', () => {
    const before = parseDocument({ uri: URI, text: TEMPLATE, version: 1 });
    const edited = replaceAt(TEMPLATE, '"Effect": "Allow"', '"Effect": "allow"', middle);
    const after = parseDocument({ uri: URI, text: edited, version: 2 });
    const optionsKey = JSON.stringify(withDefaults());
    const plan = planIncrementalCheck({ doc: before, diagnostics: [], optionsKey }, after, optionsKey);
    assert.ok(plan, 'an edit inside one policy is checked incrementally');
    const resources = new Set(plan.doc.policies.map((p) => String(p.path[1])));
    assert.equal(resources.size, 1, `one resource: ${[...resources].join(', ')}`);
    assert.ok(plan.doc.policies.length < after.policies.length / 10);
    assert.equal(planIncrementalCheck({ doc: before, diagnostics: [], optionsKey: '{}' }, after, optionsKey), undefined, 'other options: a whole check');
  });

  void it('keeps the quick fix of a finding that an earlier edit moved', () => {
    const withPattern = replaceAt(TEMPLATE, '"Bool": {', '"StringEquals": {"aws:PrincipalTag/team": "chat*"}, "Bool": {', middle + 9000);
    const incremental = new PolicyLanguageService(service().catalog);
    incremental.validate({ uri: URI, text: withPattern, version: 1 });
    const moved = replaceAt(withPattern, '"Statement": [', '"Statement": [\n\n\n', middle - 20_000);
    const finding = incremental.validate({ uri: URI, text: moved, version: 2 }).find((d) => d.code === 'condition-wildcard-non-like');
    assert.ok(finding, 'the wildcard in StringEquals is reported');
    const fix = incremental.codeActions({ uri: URI, text: moved, version: 2 }, finding.range, [finding], ['quickfix']).find((a) => a.title.includes('StringLike'));
    assert.ok(fix?.edits, 'the fix to StringLike is offered');
    const fixed = applyEdits(moved, fix.edits, parseDocument({ uri: URI, text: moved }).lines);
    assert.ok(fixed.includes('"StringLike": {"aws:PrincipalTag/team": "chat*"}'), 'the fix rewrote the moved key');
  });
});
