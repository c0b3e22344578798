import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceOptions } from '../../server/service/options';
import { parseYaml } from '../../server/service/sources/yaml/parse';
import { applyEdits } from '../../server/service/text/edits';
import { LineIndex } from '../../server/service/text/lineIndex';
import { service } from '../helpers/service';

/**
 * Quick fixes on CloudFormation YAML templates, compared as whole files (diagnose, apply the fix,
 * compare): every kind of edit the writer makes, in block and flow style, keeping quotes, indentation
 * and comments as the file writes them.
 */

const INSTANCE = 'arn:aws:connect:us-east-1:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d';
const URI = 'file:///test/template.yaml';

/** A template whose managed policy's PolicyDocument is `body` (written from column 0, indented here). */
function template(body: string): string {
  const document = body
    .trim()
    .split('\n')
    .map((line) => (line ? `        ${line}` : line))
    .join('\n');
  return `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  ChatPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n${document}\n`;
}

/** The text after the fix titled like `title` (else the first) of the first `rule` finding; the result must parse as YAML and lose the finding. */
function fixed(text: string, rule: string, title?: RegExp, options?: Partial<ServiceOptions>): string {
  const input = { uri: URI, text, languageId: 'yaml' };
  const diagnostic = service().validate(input, options).find((d) => d.code === rule);
  assert.ok(diagnostic, `no ${rule} finding`);
  const actions = service().codeActions(input, diagnostic.range, [diagnostic], ['quickfix'], options);
  const action = title ? actions.find((a) => title.test(a.title)) : actions[0];
  assert.ok(action?.edits?.length, `no fix for ${rule} (got: ${actions.map((a) => a.title).join(', ') || 'none'})`);
  const result = applyEdits(text, action.edits, new LineIndex(text));
  assert.deepEqual(parseYaml(result).errors, [], `the fixed text is not valid YAML:\n${result}`);
  return result;
}

void describe('YAML quick fixes: strings', () => {
  void it('replaces part of a plain string in place', () => {
    const before = template(`
Version: "2012-10-17"
Statement:
  - Effect: Allow
    Action:
      - connect:StartChatContct   # the chat backend
    Resource: "*"`);
    assert.equal(fixed(before, 'action-unknown'), before.replace('StartChatContct', 'StartChatContact'));
  });

  void it('replaces part of a single-quoted string inside its quotes', () => {
    const before = template(`
Version: '2012-10-17'
Statement:
  - Effect: Allow
    Action: s3:GetObject
    Resource: 'arn:aws:s3:us-east-1::chat-transcripts/*'`);
    assert.equal(fixed(before, 'arn-region'), before.replace("'arn:aws:s3:us-east-1::chat-transcripts/*'", "'arn:aws:s3:::chat-transcripts/*'"));
  });

  void it('rewrites a double-quoted string written with an escape, since its offsets differ from the value', () => {
    const before = template(`
Version: "2012-10-17"
Statement:
  - Effect: Allow
    Action: s3:GetObject
    Resource: "arn:aws:s3:us-east-1::chat-\\x74ranscripts/*"`);
    assert.equal(fixed(before, 'arn-region'), before.replace('"arn:aws:s3:us-east-1::chat-\\x74ranscripts/*"', '"arn:aws:s3:::chat-transcripts/*"'));
  });

  void it('sets a value in the quotes it was written in', () => {
    const before = template(`
Version: '2012-10-17'
Statement:
  - Effect: 'allow'
    Action: s3:GetObject
    Resource: '*'`);
    assert.equal(fixed(before, 'effect-invalid'), before.replace("'allow'", "'Allow'"));
    const plain = before.replace("'allow'", 'allow');
    assert.equal(fixed(plain, 'effect-invalid'), plain.replace('Effect: allow', 'Effect: Allow'));
  });
});

void describe('YAML quick fixes: lists', () => {
  const describeContact = (resource: string) =>
    template(`
Version: "2012-10-17"
Statement:
  - Effect: Allow
    Action:
      - connect:DescribeContact
    Resource: ${resource}`);

  void it('appends to a block list on a new line, indented like its items, after a comment on the last line', () => {
    const before = template(`
Version: "2012-10-17"
Statement:
  - Effect: Allow
    Action:
      - connect:DescribeContact
    Resource:
      - ${INSTANCE}   # our instance`);
    const after = fixed(before, 'action-matches-no-resource');
    assert.equal(after, before.replace(`${INSTANCE}   # our instance\n`, `${INSTANCE}   # our instance\n              - ${INSTANCE}/contact/*\n`));
  });

  void it('appends to a flow list inside its brackets', () => {
    const before = describeContact(`[${INSTANCE}]`);
    assert.equal(fixed(before, 'action-matches-no-resource'), before.replace(`[${INSTANCE}]`, `[${INSTANCE}, ${INSTANCE}/contact/*]`));
  });

  void it('turns a scalar into a block list, or a flow list in a file that writes its lists that way', () => {
    const before = describeContact(INSTANCE);
    assert.equal(fixed(before, 'action-matches-no-resource'), before.replace(`Resource: ${INSTANCE}`, `Resource:\n              - ${INSTANCE}\n              - ${INSTANCE}/contact/*`));
    const flowFile = before.replace(/Action:\n +- connect:DescribeContact/, 'Action: [connect:DescribeContact, connect:UpdateContactAttributes]');
    assert.equal(fixed(flowFile, 'action-matches-no-resource'), flowFile.replace(`Resource: ${INSTANCE}`, `Resource: [${INSTANCE}, ${INSTANCE}/contact/*]`));
  });

  void it('replaces a "*" item with the scoped ARNs, one per line, in the neighbour quotes', () => {
    const before = template(`
Version: '2012-10-17'
Statement:
  - Effect: Allow
    Action:
      - connect:StartChatContact
      - connect:StartContactStreaming
    Resource:
      - '*'`);
    const after = fixed(before, 'resource-wildcard-scope', undefined, { connect: { instanceArn: INSTANCE } });
    assert.equal(after, before.replace("      - '*'", `      - '${INSTANCE}/contact-flow/*'\n              - '${INSTANCE}'`));
  });

  void it('removes items of block and flow lists, whole lines in block style', () => {
    const block = template(`
Version: "2012-10-17"
Statement:
  - Effect: Allow
    Action:
      - connect:StartChatContact
      # the participant API
      - connect:SendMessage
    Resource: "*"`);
    assert.equal(fixed(block, 'connect-participant-action'), block.replace('              - connect:SendMessage\n', ''));
    const flow = template(`
Version: "2012-10-17"
Statement:
  - Effect: Allow
    Action: [s3:GetObject, s3:Get*]
    Resource: "*"`);
    assert.equal(fixed(flow, 'action-redundant'), flow.replace('[s3:GetObject, s3:Get*]', '[s3:Get*]'));
  });

  void it('appends a statement to a block Statement list, in block style', () => {
    const before = template(`
Version: '2012-10-17'
Statement:
  - Effect: Allow
    Action: connect:StartOutboundChatContact
    Resource: '${INSTANCE}/*'`);
    const after = fixed(before, 'dependent-action-missing');
    assert.equal(
      after,
      `${before.trimEnd()}\n          - Effect: Allow\n            Action:\n              - wisdom:GetMessageTemplate\n              - wisdom:RenderMessageTemplate\n            Resource: '*'\n`,
    );
  });
});

void describe('YAML quick fixes: mappings and keys', () => {
  void it('inserts a property into a block mapping, before the first key of a list item too', () => {
    const noVersion = template(`
Statement:
  - Effect: Allow
    Action: s3:GetObject
    Resource: "*"`);
    // 2012-10-17 in quotes: a YAML 1.1 reader would take it for a date.
    assert.equal(fixed(noVersion, 'version-missing'), noVersion.replace('        Statement:', '        Version: "2012-10-17"\n        Statement:'));
    const noEffect = template(`
Version: "2012-10-17"
Statement:
  - Action: s3:GetObject
    Resource: "*"`);
    assert.equal(fixed(noEffect, 'effect-missing', /Deny/), noEffect.replace('- Action: s3:GetObject', '- Effect: Deny\n            Action: s3:GetObject'));
  });

  void it('inserts into a flow mapping inside its braces', () => {
    const before = template(`
Version: "2012-10-17"
Statement:
  - Effect: Deny
    Action: "*"
    Resource: "*"
    Condition: {NotIpAddress: {aws:SourceIp: 203.0.113.0/24}}`);
    assert.equal(fixed(before, 'deny-sourceip-without-via-aws-service'), before.replace('{NotIpAddress: {aws:SourceIp: 203.0.113.0/24}}', '{NotIpAddress: {aws:SourceIp: 203.0.113.0/24}, Bool: {aws:ViaAWSService: "false"}}'));
  });

  void it('inserts a nested block mapping, indented one step', () => {
    const before = template(`
Version: "2012-10-17"
Statement:
  - Effect: Deny
    Action: "*"
    Resource: "*"
    Condition:
      NotIpAddress:
        aws:SourceIp: 203.0.113.0/24`);
    assert.equal(fixed(before, 'deny-sourceip-without-via-aws-service'), `${before.trimEnd()}\n              Bool:\n                aws:ViaAWSService: "false"\n`);
  });

  void it('renames a key, plain or quoted as it was written', () => {
    const before = template(`
Version: "2012-10-17"
Statement:
  - Effect: Allow
    Action: s3:GetObject
    Resource: "*"
    Condtion:
      'StringEqual':
        aws:SourceVpc: vpc-1a2b3c4d`);
    assert.equal(fixed(before, 'unknown-element'), before.replace('Condtion:', 'Condition:'));
    const known = before.replace('Condtion:', 'Condition:');
    assert.equal(fixed(known, 'condition-operator-unknown'), known.replace("'StringEqual':", "'StringEquals':"));
  });

  void it('moves a condition key to another operator: out of its block, into the existing one', () => {
    const before = template(`
Version: "2012-10-17"
Statement:
  - Effect: Allow
    Action: s3:GetObject
    Resource: "*"
    Condition:
      StringEquals:
        aws:SourceVpc: vpc-1a2b3c4d
      ForAllValues:StringEquals:
        aws:username: alice`);
    assert.equal(
      fixed(before, 'condition-forallvalues-single-valued'),
      before.replace('              ForAllValues:StringEquals:\n                aws:username: alice\n', '').replace('vpc-1a2b3c4d\n', 'vpc-1a2b3c4d\n                aws:username: alice\n'),
    );
  });

  void it('never edits a node the parser copied for an alias', () => {
    const before = template(`
Version: "2012-10-17"
Statement:
  - Effect: &effect allow
    Action: s3:GetObject
    Resource: "*"
  - Effect: *effect
    Action: s3:PutObject
    Resource: "*"`);
    const input = { uri: URI, text: before, languageId: 'yaml' };
    const findings = service().validate(input).filter((d) => d.code === 'effect-invalid');
    assert.equal(findings.length, 2);
    const edits = findings.map((d) => service().codeActions(input, d.range, [d], ['quickfix'])[0]?.edits ?? []);
    assert.equal(applyEdits(before, edits[0], new LineIndex(before)), before.replace('&effect allow', '&effect Allow'));
    assert.deepEqual(edits[1], [], 'the alias is not rewritten where it stands');
  });
});

void describe('YAML fix-all', () => {
  void it('applies every safe fix of a template in one pass, in the file style', () => {
    const before = template(`
Version: '2012-10-7'
Statement:
  - Sid: allow chat
    Effect: allow
    Action:
      - connect:StartChatContact
      - connect:SendMessage
    Resource:
      - '${INSTANCE}/contact-flow/*'
      - 'arn:aws:S3:::chat-transcripts/*'`);
    const after = template(`
Version: '2012-10-17'
Statement:
  - Sid: allowChat
    Effect: Allow
    Action:
      - connect:StartChatContact
    Resource:
      - '${INSTANCE}/contact-flow/*'
      - 'arn:aws:s3:::chat-transcripts/*'`);
    assert.equal(service().fixAll({ uri: URI, text: before, languageId: 'yaml' }), after);
  });
});
