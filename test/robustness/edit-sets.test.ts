import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineIndex, type Range, type TextEdit } from '../../server/service/text/lineIndex';
import { service } from '../helpers/service';

/**
 * An editor applies a code action's edits as one set and rejects a set whose ranges overlap (VS Code:
 * "Overlapping ranges are not allowed!"), or two insertions at one place whose order it cannot know.
 */
function assertValidEditSet(text: string, edits: TextEdit[], what: string): void {
  const lines = new LineIndex(text);
  const spans = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) })).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    const [previous, next] = [spans[i - 1], spans[i]];
    assert.ok(next.start >= previous.end, `${what}: edits ${JSON.stringify(previous)} and ${JSON.stringify(next)} overlap`);
    const sameInsertionPoint = next.start === previous.start && (previous.start === previous.end || next.start === next.end);
    assert.ok(!sameInsertionPoint, `${what}: two edits at offset ${next.start}, one an insertion, in no defined order`);
  }
}

function everyActionsEdits(text: string): { title: string; edits: TextEdit[] }[] {
  const input = { uri: 'file:///edit-sets/policy.json', text, languageId: 'jsonc' };
  const diagnostics = service().validate(input);
  const lines = new LineIndex(text);
  const whole: Range = { start: { line: 0, character: 0 }, end: lines.positionAt(text.length) };
  return [undefined, ['source.fixAll']].flatMap((only) => service().codeActions(input, whole, diagnostics, only).map((a) => ({ title: a.title, edits: a.edits ?? [] })));
}

const ACTIONS = [
  '"connect:StartChatContact"', '"connect:SendMessage"', '"connect:CreateParticipantConnection"', '"connect:GetTranscript"',
  '"connect-participant:SendMessage"', '"conect:StartChatContact"', '"s3:GetObjects"', '" s3:PutObject"', '"s3:GetObject"',
  '"S3:getobject"', '"connect:DescribeContact"', '"*"', '"s3:*"', '"iam:PassRole"',
];
const RESOURCES = [
  '"*"', '"arn:aws:connect:us-east-1:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d"',
  '"arn:aws:connect:us-east-1:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d/contacts/*"', '"arn:aws:s3:::bucket/*"',
];

const list = (items: fc.Arbitrary<string>, separator: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(items, { minLength: 1, maxLength: 5 }), separator, fc.boolean()).map(([values, sep, trailing]) => `[${values.join(sep)}${trailing ? ',' : ''}]`);

const statement = fc
  .record({
    sid: fc.constantFrom('', '"Sid": "allow chat", ', '"Sid": "A", '),
    effect: fc.constantFrom('"Effect": "Allow", ', '"Effect": "allow", ', '"Effect": "Deny", ', ''),
    actionKey: fc.constantFrom('Action', 'Actions', 'NotAction'),
    actions: fc.oneof(fc.constantFrom(...ACTIONS), list(fc.constantFrom(...ACTIONS), fc.constantFrom(', ', ',\n        ', ','))),
    resources: fc.oneof(fc.constantFrom(...RESOURCES), list(fc.constantFrom(...RESOURCES), fc.constantFrom(', ', ',\n        '))),
    duplicateResource: fc.boolean(),
  })
  .map(({ sid, effect, actionKey, actions, resources, duplicateResource }) =>
    `{ ${sid}${effect}"${actionKey}": ${actions}, "Resource": ${resources}${duplicateResource ? ', "Resource": "*"' : ''} }`,
  );

const policy = fc
  .tuple(fc.constantFrom('"2012-10-17"', '"2012-10-7"', '"2008-10-17"'), fc.array(statement, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n', ''))
  .map(([version, statements, eol]) => `{${eol}  "Version": ${version},${eol}  "Statement": [${eol}    ${statements.join(`,${eol}    `)}${eol}  ]${eol}}${eol}`);

void describe('every code action is one valid edit set', () => {
  void it('source.fixAll on the showcase example, whose statement lists two Participant Service actions side by side', () => {
    const text = readFileSync(resolve(__dirname, '..', '..', 'examples', 'chat-backend.broken.json'), 'utf8');
    const actions = everyActionsEdits(text);
    assert.ok(actions.some((a) => a.title.startsWith('Fix all')), 'the example has safe fixes');
    for (const action of actions) assertValidEditSet(text, action.edits, action.title);
  });

  void it('random policies: quick fixes and source.fixAll never return overlapping edits', () => {
    fc.assert(
      fc.property(policy, (text) => {
        for (const action of everyActionsEdits(text)) assertValidEditSet(text, action.edits, action.title);
      }),
      { numRuns: 300 },
    );
  });
});
