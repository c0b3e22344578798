import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTree } from 'jsonc-parser';
import { findPolicies } from '../../server/service/document/findPolicies';
import { validate } from '../helpers/service';

const template = (type: string, properties: string) => `{"Resources": {"R": {"Type": "${type}", "Properties": ${properties}}}}`;

const eventBusPolicy = template(
  'AWS::Events::EventBusPolicy',
  '{"EventBusName": "bus", "StatementId": "OrgPutEvents", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "events:PutEvents", "Resource": "arn:aws:events:us-east-1:111122223333:event-bus/bus"}}',
);

void describe('findPolicies', () => {
  void it('reads the Statement of an AWS::Events::EventBusPolicy as one statement, not its Properties as a policy', () => {
    const [policy, ...others] = findPolicies(parseTree(eventBusPolicy));
    assert.equal(others.length, 0);
    assert.equal(policy.form, 'statement');
    assert.deepEqual(policy.path, ['Resources', 'R', 'Properties']);
    assert.equal(policy.statements.length, 1);
    assert.deepEqual(policy.statements[0].path, ['Resources', 'R', 'Properties', 'Statement']);
    assert.equal(policy.kind, 'resource');
    assert.deepEqual(policy.cloudFormation, { resourceType: 'AWS::Events::EventBusPolicy', property: 'Statement' });
  });

  void it('reports no policy-level findings on an EventBusPolicy, and still checks its statement', () => {
    const codes = (text: string) => validate(text).map((d) => d.code);
    assert.deepEqual(codes(eventBusPolicy), []);
    const bad = eventBusPolicy.replace('"Effect": "Allow"', '"Effect": "allow"');
    assert.deepEqual(codes(bad), ['effect-invalid']);
  });

  void it('finds nothing in the older EventBusPolicy form (Action, Principal and a Type/Key/Value Condition as properties)', () => {
    const older = template(
      'AWS::Events::EventBusPolicy',
      '{"StatementId": "Org", "Action": "events:PutEvents", "Principal": "*", "Condition": {"Type": "StringEquals", "Key": "aws:PrincipalOrgID", "Value": "o-1234567890"}}',
    );
    assert.deepEqual(findPolicies(parseTree(older)), []);
  });

  void it('records the CloudFormation resource type and property that hold a policy', () => {
    const role = template(
      'AWS::IAM::Role',
      '{"AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}, "Policies": [{"PolicyName": "p", "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}}]}',
    );
    const found = findPolicies(parseTree(role));
    assert.deepEqual(
      found.map((p) => [p.form, p.cloudFormation?.resourceType, p.cloudFormation?.property]),
      [
        ['document', 'AWS::IAM::Role', 'AssumeRolePolicyDocument'],
        ['document', 'AWS::IAM::Role', 'Policies'],
      ],
    );
    const standalone = findPolicies(parseTree('{"Version": "2012-10-17", "Statement": []}'));
    assert.equal(standalone[0].cloudFormation, undefined);
  });

  void it('finds no policy in resource types whose Statement is not IAM (WAF rule statements)', () => {
    const waf = template(
      'AWS::WAFv2::WebACL',
      '{"Rules": [{"Name": "r", "Action": {"Block": {}}, "Statement": {"Effect": "Allow", "ByteMatchStatement": {}}}]}',
    );
    assert.deepEqual(findPolicies(parseTree(waf)), []);
  });
});

void it('an EventBusPolicy statement may use policy variables: EventBridge writes the policy around it with Version 2012-10-17', () => {
  const withVariable = eventBusPolicy.replace('event-bus/bus', 'event-bus/${aws:PrincipalAccount}');
  assert.deepEqual(validate(withVariable).map((d) => d.code), []);
});
