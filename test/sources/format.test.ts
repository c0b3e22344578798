import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/service/document/parsedDocument';
import { sourceFormatOf } from '../../server/service/sources/format';
import { service } from '../helpers/service';

const YAML_TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n';

/** A policy-shaped mapping with a mistake (lower-case Effect) that a template would report. */
const POLICY_LINES = ['Version: "2012-10-17"', 'Statement:', '  - Effect: allow', '    Action: s3:GetObject', '    Resource: "*"'];
const indented = (spaces: number) => POLICY_LINES.map((line) => ' '.repeat(spaces) + line).join('\n');

void describe('sourceFormatOf', () => {
  void it('reads YAML by the editor language or a .yaml/.yml name', () => {
    assert.equal(sourceFormatOf({ uri: 'untitled:Untitled-1', text: '{}', languageId: 'yaml' }), 'yaml');
    assert.equal(sourceFormatOf({ uri: 'file:///a/stack.YML', text: '' }), 'yaml');
    assert.equal(sourceFormatOf({ uri: 'file:///a/stack.yaml?x=1', text: '' }), 'yaml');
  });

  void it('reads .template and .json files as YAML only when the text is a YAML template', () => {
    assert.equal(sourceFormatOf({ uri: 'file:///a/stack.template', text: YAML_TEMPLATE }), 'yaml');
    assert.equal(sourceFormatOf({ uri: 'file:///a/stack.json', text: `# made by hand\n${YAML_TEMPLATE}`, languageId: 'json' }), 'yaml');
    assert.equal(sourceFormatOf({ uri: 'file:///a/stack.template', text: '{"Resources": {}}' }), 'json');
    assert.equal(sourceFormatOf({ uri: 'file:///a/policy.json', text: '// note\n{"Resources": {}}\nResources:' }), 'json');
    assert.equal(sourceFormatOf({ uri: 'file:///a/policy.json', text: 'not json' }), 'json');
  });
});

void describe('which YAML is searched for policies', () => {
  const codes = (uri: string, text: string) => service().validate({ uri, text }).map((d) => d.code);

  void it('a CloudFormation template: by AWSTemplateFormatVersion, or by a resource of an AWS:: type', () => {
    const managed = `Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n${indented(8)}\n`;
    assert.deepEqual(codes('file:///t.yaml', managed), ['effect-invalid']);
    assert.deepEqual(codes('file:///t.yaml', `AWSTemplateFormatVersion: "2010-09-09"\nMetadata:\n  Doc:\n${indented(4)}\n`), ['effect-invalid']);
  });

  void it('not other YAML that holds a policy-shaped mapping: Kubernetes, OpenAPI, a custom resource type', () => {
    const kubernetes = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: policy\ndata:\n  policy:\n${indented(4)}\n`;
    const openApi = `openapi: 3.0.0\ncomponents:\n  examples:\n    Policy:\n      value:\n${indented(8)}\n`;
    const custom = `Resources:\n  P:\n    Type: Custom::Policy\n    Properties:\n      PolicyDocument:\n${indented(8)}\n`;
    for (const text of [kubernetes, openApi, custom]) {
      assert.deepEqual(codes('file:///t.yaml', text), [], text);
      assert.equal(parseDocument({ uri: 'file:///t.yaml', text }).policies.length, 0);
    }
  });
});
