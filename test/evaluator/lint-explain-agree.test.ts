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
});
