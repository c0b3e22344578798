import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '../helpers/service';

/** JSON that merely mentions Version and Statement, or holds policies only as strings: no findings. */
const ORDINARY: Record<string, string> = {
  'a JSON schema describing a policy': `{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
    "properties": { "Version": { "type": "string", "enum": ["2012-10-17"] },
      "Statement": { "type": "array", "items": { "type": "object", "properties": { "Effect": { "enum": ["Allow", "Deny"] } } } } } }`,
  'an OpenAPI spec with a policy schema': `{ "openapi": "3.0.0", "components": { "schemas": { "Policy": { "type": "object",
    "properties": { "Version": { "type": "string" }, "Statement": { "type": "array", "items": { "$ref": "#/components/schemas/Statement" } } } } } } }`,
  'a Terraform plan, whose policies are JSON strings': `{ "format_version": "1.2", "planned_values": { "root_module": { "resources": [
    { "type": "aws_iam_policy", "values": { "policy": "{\\"Statement\\":[{\\"Action\\":\\"connect:StartChatContact\\",\\"Effect\\":\\"Allow\\",\\"Resource\\":\\"*\\"}],\\"Version\\":\\"2012-10-17\\"}" } },
    { "type": "aws_iam_policy_document", "values": { "json": "{}", "statement": [{ "actions": ["s3:GetObject"], "effect": "Allow", "resources": ["*"], "condition": [] }] } } ] } } }`,
  'a Step Functions definition': `{ "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "B" },
    "B": { "Type": "Choice", "Choices": [{ "Variable": "$.x", "StringEquals": "y", "Next": "A" }] } } }`,
  'a CloudFormation template without policies': `{ "AWSTemplateFormatVersion": "2010-09-09", "Conditions": { "IsProd": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] } },
    "Resources": { "B": { "Type": "AWS::S3::Bucket", "Condition": "IsProd", "Properties": { "BucketName": { "Fn::Sub": "\${AWS::StackName}-b" } } } } }`,
  'data with a Version and a Statement in words': `{ "terms": { "Version": "3.1", "Statement": "You agree to the terms." } }`,
  'a GeoJSON with Statement and Effect properties': `{ "type": "FeatureCollection", "features": [{ "type": "Feature",
    "geometry": { "type": "Point", "coordinates": [102.0, 0.5] }, "properties": { "Statement": "x", "Effect": "Allow" } }] }`,
};

void describe('ordinary JSON', () => {
  for (const [name, text] of Object.entries(ORDINARY)) {
    void it(`${name} gets no findings`, () => assert.deepEqual(validate(text), []));
  }

  void it('a real policy embedded in an OpenAPI example is still checked', () => {
    const text = `{ "openapi": "3.0.0", "components": { "examples": { "p": { "value":
      { "Version": "2012-10-17", "Statement": [{ "Effect": "allow", "Action": "s3:GetObject", "Resource": "*" }] } } } } }`;
    assert.deepEqual(validate(text).map((d) => d.code), ['effect-invalid']);
  });
});
