import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNodeAtLocation, findNodeAtOffset, getNodePath, getNodeValue as nodeValue, type Node } from 'jsonc-parser';
import { parseYaml } from '../../server/service/sources/yaml/parse';
import type { SourceNode } from '../../server/service/sources/types';

/** A node's value as plain objects (jsonc-parser builds them without a prototype). */
function getNodeValue(node: Node): any { // eslint-disable-line @typescript-eslint/no-explicit-any -- compared with deepEqual only
  return JSON.parse(JSON.stringify(nodeValue(node)));
}

function rootOf(text: string): Node {
  const { root, errors } = parseYaml(text);
  assert.deepEqual(errors, []);
  assert.ok(root);
  return root as Node;
}

/** The text a node spans. */
function textAt(text: string, root: Node, path: (string | number)[]): string {
  const node = findNodeAtLocation(root, path);
  assert.ok(node, `no node at ${JSON.stringify(path)}`);
  return text.slice(node.offset, node.offset + node.length);
}

/** Every node's parent lists it, and every child lies inside its parent. */
function assertWellFormed(node: SourceNode): void {
  for (const child of node.children ?? []) {
    assert.equal(child.parent, node);
    assert.ok(child.offset >= node.offset && child.offset + child.length <= node.offset + node.length, `child ${child.type} at ${child.offset} lies outside its ${node.type}`);
    assertWellFormed(child);
  }
}

void describe('parseYaml', () => {
  void it('keeps each scalar as written: quotes included, value unquoted and unescaped', () => {
    const text = 'A: plain text\nB: "dou\\"ble"\nC: \'sin\'\'gle\'\nD: 42\nE: true\nF: null\nG: 2012-10-17\n';
    const root = rootOf(text);
    assert.equal(textAt(text, root, ['B']), '"dou\\"ble"');
    assert.equal(textAt(text, root, ['C']), "'sin''gle'");
    assert.deepEqual(getNodeValue(root), { A: 'plain text', B: 'dou"ble', C: "sin'gle", D: 42, E: true, F: null, G: '2012-10-17' });
    assert.equal(findNodeAtLocation(root, ['D'])?.type, 'number');
    assertWellFormed(root);
  });

  void it('spans a block scalar from its header to its last character, and a block mapping from its first key to its last value', () => {
    const text = 'Top:\n  Text: |\n    line one\n    line two\n\n  Last: x   # comment\nNext: 1\n';
    const root = rootOf(text);
    assert.equal(textAt(text, root, ['Top', 'Text']), '|\n    line one\n    line two');
    assert.equal(textAt(text, root, ['Top']), 'Text: |\n    line one\n    line two\n\n  Last: x');
    assert.equal(getNodeValue(root).Top.Text, 'line one\nline two\n');
  });

  void it('spans flow collections from bracket to bracket, and block lists from the first dash to the last item', () => {
    const text = 'Flow: {k: v, "j": [1, 2]}\nBlock:\n  - a\n  - b\n';
    const root = rootOf(text);
    assert.equal(textAt(text, root, ['Flow']), '{k: v, "j": [1, 2]}');
    assert.equal(textAt(text, root, ['Flow', 'j']), '[1, 2]');
    assert.equal(textAt(text, root, ['Block']), '- a\n  - b');
    assertWellFormed(root);
  });

  void it('reads every CloudFormation short form as its one-key long form, spanning tag and value', () => {
    const text = [
      'Ref: !Ref Bucket',
      'Sub: !Sub "arn:${AWS::Partition}:s3:::${Bucket}/*"',
      'Att: !GetAtt Role.Arn',
      'AttList: !GetAtt [Role, Arn]',
      'Join: !Join',
      '  - ""',
      '  - [a, !Ref B]',
      'Cond: !Condition IsProd',
      'Rest: [!If [C, a, b], !Select [0, !GetAZs ""], !Split [",", x], !FindInMap [M, a, b], !ImportValue X, !Base64 x, !Cidr [a, 1, 2], !And [a], !Or [a], !Not [a], !Equals [a, b]]',
      'Tr: !Transform {Name: M, Parameters: {}}',
      '',
    ].join('\n');
    const root = rootOf(text);
    assert.deepEqual(getNodeValue(root), {
      Ref: { Ref: 'Bucket' },
      Sub: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/*' },
      Att: { 'Fn::GetAtt': 'Role.Arn' },
      AttList: { 'Fn::GetAtt': ['Role', 'Arn'] },
      Join: { 'Fn::Join': ['', ['a', { Ref: 'B' }]] },
      Cond: { Condition: 'IsProd' },
      Rest: [
        { 'Fn::If': ['C', 'a', 'b'] },
        { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
        { 'Fn::Split': [',', 'x'] },
        { 'Fn::FindInMap': ['M', 'a', 'b'] },
        { 'Fn::ImportValue': 'X' },
        { 'Fn::Base64': 'x' },
        { 'Fn::Cidr': ['a', 1, 2] },
        { 'Fn::And': ['a'] },
        { 'Fn::Or': ['a'] },
        { 'Fn::Not': ['a'] },
        { 'Fn::Equals': ['a', 'b'] },
      ],
      Tr: { 'Fn::Transform': { Name: 'M', Parameters: {} } },
    });
    assert.equal(textAt(text, root, ['Sub']), '!Sub "arn:${AWS::Partition}:s3:::${Bucket}/*"');
    assert.equal(textAt(text, root, ['Sub', 'Fn::Sub']), '"arn:${AWS::Partition}:s3:::${Bucket}/*"');
    const key = findNodeAtLocation(root, ['Ref'])?.children?.[0]?.children?.[0];
    assert.equal(key && text.slice(key.offset, key.offset + key.length), '!Ref');
    assert.deepEqual(getNodePath(findNodeAtOffset(root, text.indexOf('Partition'))!), ['Sub', 'Fn::Sub']);
    assertWellFormed(root);
  });

  void it('reads long forms in block and flow style as plain mappings', () => {
    const text = 'A:\n  Fn::Sub: "${X}"\nB: {"Fn::GetAtt": [R, Arn]}\n';
    assert.deepEqual(getNodeValue(rootOf(text)), { A: { 'Fn::Sub': '${X}' }, B: { 'Fn::GetAtt': ['R', 'Arn'] } });
  });

  void it('reads an alias as a copy of its anchor placed at the alias, and a merge key as the entries it adds', () => {
    const text = 'Base: &base {Effect: Allow, Action: "s3:GetObject"}\nCopy: *base\nMerged:\n  <<: *base\n  Action: "s3:PutObject"\n';
    const root = rootOf(text);
    assert.deepEqual(getNodeValue(root), {
      Base: { Effect: 'Allow', Action: 's3:GetObject' },
      Copy: { Effect: 'Allow', Action: 's3:GetObject' },
      Merged: { Action: 's3:PutObject', Effect: 'Allow' },
    });
    const copied = findNodeAtLocation(root, ['Copy', 'Effect'])!;
    assert.equal(text.slice(copied.offset, copied.offset + copied.length), '*base');
    assertWellFormed(root);
  });

  void it('bounds aliases of aliases instead of expanding them without end', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const started = performance.now();
    const { root, errors } = parseYaml(lines.join('\n'));
    assert.ok(performance.now() - started < 2000);
    assert.ok(root);
    assert.match(errors[0]?.message ?? '', /Aliases here expand to more than 100,000 values/);
  });

  void it('keeps duplicate keys, so both can be pointed at', () => {
    const root = rootOf('Effect: Allow\nEffect: Deny\n');
    assert.deepEqual(
      root.children?.map((p) => p.children?.[1]?.value as unknown),
      ['Allow', 'Deny'],
    );
  });

  void it('reports syntax errors where they are, and still builds what it can', () => {
    const text = 'Resources:\n  A: [1, 2\n  B: x\n';
    const { root, errors } = parseYaml(text);
    assert.ok(root);
    assert.ok(errors.length > 0);
    for (const error of errors) assert.ok(error.offset >= 0 && error.offset + error.length <= text.length + 1 && error.message.length > 0);
  });

  void it('gives up on nesting deeper than any template without overflowing the stack', () => {
    const deep = parseYaml(`a: ${'['.repeat(5000)}${']'.repeat(5000)}`);
    assert.equal(deep.root === undefined ? deep.tooDeep : true, true);
    assert.equal(parseYaml('').root, undefined);
  });
});
