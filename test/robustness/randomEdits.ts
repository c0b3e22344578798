import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { LineIndex, type Position, type Range, type TextEdit } from '../../server/service/text/lineIndex';
import { service } from '../helpers/service';

/**
 * A hang detector, not a benchmark: documents take a few milliseconds on an idle machine and their
 * slowest about 100 ms on a CI machine shared by a dozen processes, so this only trips on pathologies.
 */
const MAX_MS_PER_DOCUMENT = 500;
const EXAMPLES = resolve(__dirname, '..', '..', 'examples');

const INLINE_POLICIES = [
  `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "StartChat",
      "Effect": "Allow",
      "Action": ["connect:StartChatContact", "connect:DescribeContact"],
      "Resource": "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/contact-flow/*",
      "Condition": { "IpAddress": { "aws:SourceIp": ["203.0.113.0/24"] }, "Bool": { "aws:ViaAWSService": "false" } }
    },
    { "Effect": "Deny", "NotAction": "s3:Get*", "NotResource": ["arn:aws:s3:::bucket/\${aws:username}/*"] }
  ]
}
`,
  `{
  // JSONC: AWS rejects comments and trailing commas, the editor must not choke on them
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "allow",
    "Actions": "s3:GetObjekt",
    "Resource": "*", /* block */
  },
}
`,
  `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "ChatRole": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }]
        },
        "Policies": [{
          "PolicyName": "chat",
          "PolicyDocument": {
            "Statement": [{
              "Effect": "Allow",
              "Action": "connect:StartChatContact",
              "Resource": { "Fn::Sub": "arn:\${AWS::Partition}:connect:\${AWS::Region}:\${AWS::AccountId}:instance/\${InstanceId}/*" }
            }, {
              "Effect": "Allow",
              "Action": ["logs:CreateLogStream"],
              "Resource": [{ "Fn::GetAtt": ["Logs", "Arn"] }, { "Fn::Join": ["", ["arn:aws:s3:::", { "Ref": "Bucket" }]] }]
            }]
          }
        }]
      }
    }
  }
}
`,
  `{"PolicyVersion":{"Document":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"connect:*","Resource":"*"}]},"VersionId":"v1","IsDefaultVersion":true}}`,
];

function seedPolicies(): string[] {
  const examples = existsSync(EXAMPLES)
    ? readdirSync(EXAMPLES)
        .filter((name) => /\.jsonc?$/i.test(name))
        .map((name) => readFileSync(join(EXAMPLES, name), 'utf8'))
    : [];
  return [...INLINE_POLICIES, ...examples];
}

const JSON_TOKENS = [
  '{', '}', '[', ']', ':', ',', '"', '\\', '\\"', '\\u', '\\uZZ', ' ', '\n', '\r\n', '\r', '\t', '\uFEFF', '\uD800', '\uDC00', '😀',
  'null', 'true', 'false', '-', '0', '1e999', '-0.5e-3', '//', '/*', '*/', '"*"', '*', '?', '${', '}', '${aws:username}',
  '"Version"', '"2012-10-17"', '"Statement"', '"Effect"', '"Allow"', '"Deny"', '"Action"', '"NotAction"', '"Resource"',
  '"NotResource"', '"Principal"', '"Condition"', '"Sid"', '"s3:Get*"', '"connect:"', '"connect:StartChatContact"', '"iam:*"',
  '"arn:aws:connect:us-east-1:123456789012:instance/"', '"arn:aws:s3:::"', '"aws:SourceIp"', '"IpAddress"', '{"Ref": "X"}',
  '{"Fn::Sub": "${AWS::Region}"}', '"Fn::Join"', '"PolicyDocument"', '{"Effect": "Allow", "Action": "*", "Resource": "*"}',
];

const insertion = fc.oneof(
  fc.constantFrom(...JSON_TOKENS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.array(fc.constantFrom(...JSON_TOKENS), { minLength: 2, maxLength: 6 }).map((parts) => parts.join('')),
);

const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 400 })),
  text: insertion,
});

type Edit = { kind: 'insert' | 'delete' | 'replace'; at: number; length: number; text: string };

function applyEdit(text: string, { kind, at, length, text: inserted }: Edit): string {
  const offset = Math.floor(at * text.length);
  const removed = kind === 'insert' ? 0 : length;
  return text.slice(0, offset) + (kind === 'delete' ? '' : inserted) + text.slice(offset + removed);
}

/** Line lengths as LSP counts them (\r\n, \r and \n end a line), computed apart from the service's LineIndex. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function assertInside(range: Range, lines: number[], what: string): void {
  const valid = (p: Position) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line];
  assert.ok(valid(range.start) && valid(range.end), `${what}: range ${JSON.stringify(range)} is outside the document (line lengths ${JSON.stringify(lines)})`);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: range ${JSON.stringify(range)} ends before it starts`);
}

/** Everything an editor asks on one version of a document, with every range checked; returns the milliseconds taken. */
function exercise(uri: string, text: string, version: number, forcePolicy: boolean, cursorAt: number): number {
  const input = { uri, text, version, languageId: 'jsonc' };
  const options = { forcePolicy };
  const lines = lineLengths(text);
  const started = performance.now();
  const diagnostics = service().validate(input, options);
  for (const d of diagnostics) assertInside(d.range, lines, `diagnostic ${d.code}`);
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1] } };
  const line = Math.floor(cursorAt * lines.length);
  const cursor = { line, character: Math.floor(cursorAt * (lines[line] + 1)) % (lines[line] + 1) };
  for (const position of [cursor, ...diagnostics.slice(0, 5).map((d) => d.range.start)]) {
    const hover = service().hover(input, position, options);
    if (hover?.range) assertInside(hover.range, lines, 'hover');
    for (const item of service().complete(input, position, options)) {
      if (item.textEdit) assertInside(item.textEdit.range, lines, `completion ${item.label}`);
    }
  }
  for (const only of [undefined, ['source.fixAll']]) {
    for (const action of service().codeActions(input, whole, diagnostics, only, options)) {
      for (const e of action.edits ?? []) assertInside(e.range, lines, `code action ${action.title}`);
      assertNoOverlap(text, action.edits ?? [], `code action ${action.title}`);
    }
  }
  const elapsed = performance.now() - started;
  // No stale result: the parse cached for this version gives what a fresh parse of the text gives.
  assert.deepEqual(diagnostics, service().validate({ uri, text, languageId: 'jsonc' }, options), 'cached and fresh diagnostics differ');
  return elapsed;
}

/** Editors reject a code action whose edits overlap. */
function assertNoOverlap(text: string, edits: TextEdit[], what: string): void {
  const index = new LineIndex(text);
  const spans = edits.map((e) => [index.offsetAt(e.range.start), index.offsetAt(e.range.end)]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i][0] >= spans[i - 1][1] && spans[i][0] !== spans[i - 1][0], `${what}: overlapping edits ${JSON.stringify(spans[i - 1])} and ${JSON.stringify(spans[i])}`);
}

/**
 * Random edits of real policies, each a new version of one document as an editor sends them, with
 * everything an editor asks on each version: no exception, every range inside the document, code
 * actions that are valid edit sets, cached results equal to fresh ones, bounded time. Runs until at
 * least `minEdits` edited documents were checked; returns the figures for the test's diagnostics.
 */
export function checkRandomEdits(minEdits: number, seed?: number): string {
  const seeds = seedPolicies();
  // Untimed: load the catalog services the seeds touch, so the first timed document does not pay for it.
  seeds.forEach((text, i) => exercise(`file:///warm/${i}.json`, text, 0, false, 0.5));
  let documents = 0;
  let slowest = 0;
  let run = 0;
  fc.assert(
    fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.double({ min: 0, max: 0.999, noNaN: true }), (seed, edits, forcePolicy, cursorAt) => {
      const uri = `file:///random/${run++}.json`;
      let text = seeds[seed];
      edits.forEach((e, version) => {
        text = applyEdit(text, e);
        const elapsed = exercise(uri, text, version + 1, forcePolicy, cursorAt);
        assert.ok(elapsed < MAX_MS_PER_DOCUMENT, `${elapsed.toFixed(0)} ms for one ${text.length}-character document (limit ${MAX_MS_PER_DOCUMENT} ms)`);
        slowest = Math.max(slowest, elapsed);
        documents++;
      });
      service().forget(uri);
    }),
    // A run holds 1 to 6 edits, 3.5 on average: a third of minEdits runs give minEdits with room to spare.
    { numRuns: Math.ceil(minEdits / 3), seed },
  );
  assert.ok(documents >= minEdits, `only ${documents} edited documents were checked (wanted ${minEdits})`);
  return `${documents} edited documents checked from ${seeds.length} seed policies; slowest ${slowest.toFixed(1)} ms`;
}
