import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '../helpers/service';
import { explain, policyDoc } from './helpers';

/**
 * Lint and explain read the same catalog: a resource the evaluator allows an action on is never
 * called useless for it by a rule, and the other way round.
 */

const RESOURCE_RULES = new Set(['action-matches-no-resource', 'resource-matches-no-action', 'resource-wildcard-required', 'arn-format']);

function resourceFindings(text: string): string[] {
  return validate(text).filter((d) => RESOURCE_RULES.has(String(d.code))).map((d) => `${d.code}: ${d.message}`);
}

void describe('lint and explain agree', () => {
  void it('Lex V2 bot alias: the second of the two ARN templates (bot-alias/BOT/ALIAS)', () => {
    const resource = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID';
    const doc = policyDoc([{ Effect: 'Allow', Action: 'lex:RecognizeText', Resource: resource }]);
    assert.deepEqual(resourceFindings(doc.text), []);
    assert.equal(explain({ action: 'lex:RecognizeText', resource }, doc).decision, 'allowed');
  });

  void it('API Gateway: either template of a resource type (/apis/ and /restapis/)', () => {
    for (const resource of ['arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/prod', 'arn:aws:apigateway:us-east-1::/apis/a1b2c3/stages/prod']) {
      const doc = policyDoc([{ Effect: 'Allow', Action: 'apigateway:GET', Resource: resource }]);
      assert.deepEqual(resourceFindings(doc.text), [], resource);
      assert.equal(explain({ action: 'apigateway:GET', resource }, doc).decision, 'allowed', resource);
    }
  });

  void it('a known authorization resource beyond the reference: logs:DescribeLogGroups on log-group::log-stream:', () => {
    const request = { action: 'logs:DescribeLogGroups', resource: 'arn:aws:logs:us-east-1:123456789012:log-group::log-stream:' };
    const all = policyDoc([{ Effect: 'Allow', Action: 'logs:DescribeLogGroups', Resource: 'arn:aws:logs:*:*:log-group:*' }]);
    assert.deepEqual(resourceFindings(all.text), []);
    assert.equal(explain(request, all).decision, 'allowed');
    const some = policyDoc([{ Effect: 'Allow', Action: 'logs:DescribeLogGroups', Resource: 'arn:aws:logs:*:*:log-group:/app/*' }]);
    assert.match(resourceFindings(some.text).join('\n'), /^action-matches-no-resource: logs:DescribeLogGroups is authorized against/m);
    const denied = explain(request, some);
    assert.equal(denied.decision, 'implicitDeny');
    assert.doesNotMatch(denied.reasons.join('\n'), /AWS never authorizes/);
  });

  void it('connect:GetFederationToken on the federated user (Amazon Connect SAML set-up)', () => {
    const resource = 'arn:aws:connect:us-east-1:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d/user/${aws:userid}';
    const doc = policyDoc([{ Effect: 'Allow', Action: 'connect:GetFederationToken', Resource: resource }]);
    assert.deepEqual(validate(doc.text).map((d) => d.code), []);
    const request = { action: 'connect:GetFederationToken', resource: resource.replace('${aws:userid}', 'AROAEXAMPLE:jane'), context: { 'aws:userid': 'AROAEXAMPLE:jane' } };
    assert.equal(explain(request, doc).decision, 'allowed');
  });

  void it("API Gateway's short resource form: allowed in the API's resource policy, never in an identity policy", () => {
    const resource = 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/pets';
    const request = { action: 'execute-api:Invoke', resource, principal: 'arn:aws:iam::123456789012:role/caller' };
    const apiPolicy = policyDoc([{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/prod/GET/*' }], 'api-policy.json');
    assert.deepEqual(validate(apiPolicy.text).map((d) => d.code), []);
    assert.equal(explain(request, policyDoc([]), { resource: apiPolicy.inputs }).decision, 'allowed');
    const otherStage = policyDoc([{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/test/*' }], 'api-policy.json');
    assert.equal(explain(request, policyDoc([]), { resource: otherStage.inputs }).decision, 'implicitDeny');
    const identity = policyDoc([{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }]);
    assert.deepEqual(validate(identity.text).map((d) => d.code), ['arn-format', 'action-matches-no-resource']);
    assert.equal(explain(request, identity).decision, 'implicitDeny');
  });
});
