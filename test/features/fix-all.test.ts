import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Severity } from '../../server/service/diagnostics';
import { actionsRules } from '../../server/service/rules/actions';
import { jsonRules } from '../../server/service/rules/json';
import { RULES } from '../../server/service/rules/registry';
import { structureRules } from '../../server/service/rules/structure';
import { service } from '../helpers/service';

// Only the JSON, structure and action rules speak here, so other areas' fixes cannot change the expectation.
const ours = new Set([...jsonRules, ...structureRules, ...actionsRules].map((rule) => rule.meta.id));
const ruleSeverity: Record<string, Severity | 'off'> = Object.fromEntries(RULES.filter((r) => !ours.has(r.meta.id)).map((r) => [r.meta.id, 'off']));

const fixAll = (text: string) => service().fixAll({ uri: 'file:///test/policy.json', text, languageId: 'json' }, { ruleSeverity });

void describe('fix-all with the JSON, structure and action rules', () => {
  void it('applies every fix that has one right answer, in one pass, keeping the layout', () => {
    const before = [
      '{',
      '  "Version": "2012-10-7",',
      '  "Statement": [',
      '    {',
      '      "Sid": "allow chat",',
      '      "Effect": "allow",',
      '      "Actions": ["conect:StartChatContacts", "s3:GetObjects", " s3:PutObject",],',
      '      "Resource": "*",',
      '      "Resource": "*"',
      '    },',
      '  ]',
      '}',
    ].join('\n');
    const after = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    {',
      '      "Sid": "allowChat",',
      '      "Effect": "Allow",',
      // Unknown action names stay as written: the catalog has a date, and the action may be newer than it.
      '      "Action": ["connect:StartChatContacts", "s3:GetObjects", "s3:PutObject"],',
      '      "Resource": "*"',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    assert.equal(fixAll(before), after);
  });

  void it('leaves choices to the author: Effect to add or pick, ambiguous services, comments, repeated Sids', () => {
    const text = [
      '{',
      '  // keep me',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    {"Sid": "A", "Action": "s3:GetObject", "Resource": "*"},',
      '    {"Sid": "A", "Effect": "Permit", "Action": "ec:DescribeInstances", "Resource": "*"}',
      '  ]',
      '}',
    ].join('\n');
    assert.equal(fixAll(text), text);
  });
});

void describe('source.fixAll that has nothing safe to apply', () => {
  const input = (text: string) => ({ uri: 'file:///test/policy.json', text, languageId: 'json' });
  const fixAllActions = (text: string) => service().codeActions(input(text), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);

  void it('says why instead of doing nothing silently', () => {
    // A Sid with a space has one right answer elsewhere; a duplicate Sid and a missing Effect need the author.
    const text = '{"Version": "2012-10-17", "Statement": [{"Sid": "A", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}';
    const [action] = fixAllActions(text);
    assert.equal(action?.kind, 'source.fixAll');
    assert.equal(action.edits, undefined);
    assert.match(action.disabled?.reason ?? '', /^None of the \d+ Connect IAM problems here has a fix that is safe to apply without you: /);
  });

  void it('is an ordinary action when a safe fix exists, and absent when there is no problem', () => {
    const [fixable] = fixAllActions('{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "s3:GetObject", "Resource": "*"}]}');
    assert.equal(fixable.disabled, undefined);
    assert.ok((fixable.edits ?? []).length > 0);
    assert.deepEqual(fixAllActions('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}'), []);
  });
});
