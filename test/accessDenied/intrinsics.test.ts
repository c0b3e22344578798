import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTree } from 'jsonc-parser';
import { resolveIntrinsics } from '../../server/service/accessDenied/intrinsics';
import type { SourceNode } from '../../server/service/sources/types';

/** CloudFormation intrinsics resolved where the template says enough, and named where it does not. */

const BINDINGS = new Map([
  ['AWS::Region', 'us-east-1'],
  ['AWS::AccountId', '123456789012'],
  ['InstanceId', 'abc'],
]);

function resolve(value: unknown) {
  const text = JSON.stringify(value);
  const result = resolveIntrinsics(parseTree(text)! as SourceNode, BINDINGS);
  return { value: result.node.type === 'string' ? result.node.value : undefined, result, text };
}

void describe('resolving intrinsics', () => {
  const table: [string, unknown, string | undefined][] = [
    ['Ref to a parameter', { Ref: 'InstanceId' }, 'abc'],
    ['Ref to a pseudo parameter', { Ref: 'AWS::Region' }, 'us-east-1'],
    ['Fn::Sub string', { 'Fn::Sub': 'arn:aws:connect:${AWS::Region}:${AWS::AccountId}:instance/${InstanceId}' }, 'arn:aws:connect:us-east-1:123456789012:instance/abc'],
    ['Fn::Sub with a variables map, which hides the parameter', { 'Fn::Sub': ['instance/${InstanceId}/${Flow}', { Flow: { Ref: 'AWS::Region' }, InstanceId: 'own' }] }, 'instance/own/us-east-1'],
    ['Fn::Sub literal ${!Name}', { 'Fn::Sub': '${!Literal}-${InstanceId}' }, '${Literal}-abc'],
    ['Fn::Join', { 'Fn::Join': [':', ['arn', { Ref: 'AWS::Region' }, 'x']] }, 'arn:us-east-1:x'],
    ['Fn::GetAtt is not known offline', { 'Fn::GetAtt': ['Instance', 'Arn'] }, undefined],
    ['a parameter without a default', { 'Fn::Sub': 'instance/${Unknown}' }, undefined],
    ['Fn::Sub naming a resource attribute', { 'Fn::Sub': '${Table.Arn}/index/*' }, undefined],
    ['a variables map entry that does not resolve hides the parameter', { 'Fn::Sub': ['${InstanceId}', { InstanceId: { 'Fn::GetAtt': ['X', 'Id'] } }] }, undefined],
  ];
  for (const [name, value, expected] of table) {
    void it(name, () => {
      const { value: resolved, result, text } = resolve(value);
      assert.equal(resolved, expected);
      if (expected === undefined) {
        assert.equal(result.unresolved.length, 1);
        assert.deepEqual([result.unresolved[0].offset, result.unresolved[0].length], [0, text.length]);
      } else assert.deepEqual([result.node.offset, result.node.length], [0, text.length]);
    });
  }

  void it('inside a policy: resolved entries become strings over the same span, the rest stay, and the used names are known', () => {
    const text = JSON.stringify({ Resource: [{ 'Fn::Sub': 'x/${InstanceId}' }, { 'Fn::GetAtt': ['T', 'Arn'] }, 'plain'] });
    const result = resolveIntrinsics(parseTree(text)! as SourceNode, BINDINGS);
    const list = result.node.children![0].children![1].children!;
    assert.deepEqual(list.map((n) => n.type), ['string', 'object', 'string']);
    assert.equal(list[0].value, 'x/abc');
    assert.equal(text.slice(list[0].offset, list[0].offset + list[0].length), '{"Fn::Sub":"x/${InstanceId}"}');
    assert.equal(list[0].parent, result.node.children![0].children![1]);
    assert.deepEqual([...result.used], ['InstanceId']);
    assert.deepEqual(result.unresolved.map((u) => u.text), ['Fn::GetAtt T.Arn']);
  });
});
