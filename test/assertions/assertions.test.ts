import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPECTATIONS, parseAssertionsFile } from '../../server/service/assertions/assertionsFile';
import { expectationMet, runAssertions, type PolicyLoader } from '../../server/service/assertions/runAssertions';
import { policyInputsFromText } from '../../server/service/evaluator/policyInputs';
import { FLOW, INSTANCE, catalog } from '../evaluator/helpers';

const POLICIES: Record<string, string> = {
  'chat.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'connect:StartChatContact', Resource: INSTANCE }] }),
  'guard.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }, { Effect: 'Allow', Action: '*', Resource: '*' }] }),
};

const load: PolicyLoader = (path) => (path in POLICIES ? policyInputsFromText(path, POLICIES[path]) : { error: `cannot read ${path}` });

const request = (expect: string, extra = '') => `{"action": "connect:StartChatContact", "resource": "${FLOW}", "expect": "${expect}"${extra}}`;

void describe('assertions file', () => {
  void it('parses groups and requests with their nodes', () => {
    const text = `{"tests": [{"policy": "chat.json", "scps": ["guard.json"], "requests": [${request('denied', ', "name": "bare instance", "context": {"aws:TagKeys": ["a", "b"], "aws:SecureTransport": true}')}]}]}`;
    const file = parseAssertionsFile(text);
    assert.deepEqual(file.problems, []);
    const [group] = file.groups;
    assert.equal(group.policy.path, 'chat.json');
    assert.deepEqual(group.scps.map((s) => s.path), ['guard.json']);
    const [c] = group.requests;
    assert.equal(c.name, 'bare instance');
    assert.deepEqual(c.request.context, { 'aws:TagKeys': ['a', 'b'], 'aws:SecureTransport': 'true' });
    assert.equal(text.slice(c.expectNode.offset, c.expectNode.offset + c.expectNode.length), '"denied"');
    assert.ok(text.slice(c.node.offset).startsWith('{"action"'));
  });

  void it('the JSON schema offers the same expectations and requires the same fields', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'connect-iam.tests.schema.json'), 'utf8'));
    assert.deepEqual(schema.definitions.request.properties.expect.enum, EXPECTATIONS);
    assert.deepEqual(schema.definitions.request.required, ['action', 'resource', 'expect']);
    assert.deepEqual(schema.definitions.test.required, ['policy', 'requests']);
  });

  void it('reports what is wrong, where', () => {
    const text = `{"tests": [{"requests": []}, {"policy": "chat.json", "requests": [{"action": "connect:StartChatContact", "expect": "maybe"}, 7]}]}`;
    const problems = parseAssertionsFile(text).problems.map((p) => [text.slice(p.offset, p.offset + p.length), p.message]);
    assert.deepEqual(problems, [
      ['{"requests": []}', '"policy" must be the path of a policy file.'],
      ['{"action": "connect:StartChatContact", "expect": "maybe"}', 'The request needs a "resource" ARN (or "*" for actions without a resource type).'],
      ['"maybe"', '"expect" must be one of "allowed", "denied", "explicitDeny", "implicitDeny".'],
      ['7', 'Each request must be an object with "action", "resource" and "expect".'],
    ]);
    assert.match(parseAssertionsFile('{"tests": [').problems[0].message, /JSON syntax error/);
    // In plain words, and one problem per mistake rather than one per unclosed bracket after it.
    assert.deepEqual(
      parseAssertionsFile('{"tests": [{"policy": "p.json", "requests": [{"action": ')
        .problems.map((p) => p.message)
        .filter((m) => m.startsWith('JSON')),
      ['JSON syntax error: A value is expected here.'],
    );
    assert.equal(parseAssertionsFile('[]').problems[0].message, 'The file must be an object with a "tests" array.');
  });
});

void describe('running assertions', () => {
  void it('"denied" accepts either deny; the other words are exact', () => {
    assert.equal(expectationMet('denied', 'implicitDeny'), true);
    assert.equal(expectationMet('denied', 'explicitDeny'), true);
    assert.equal(expectationMet('denied', 'allowed'), false);
    assert.equal(expectationMet('implicitDeny', 'explicitDeny'), false);
    assert.equal(expectationMet('allowed', 'allowed'), true);
  });

  void it('passes and fails with the explanation', () => {
    const text = `{"tests": [{"policy": "chat.json", "requests": [${request('implicitDeny')}, ${request('allowed')}]}]}`;
    const [outcome] = runAssertions(parseAssertionsFile(text), load, catalog);
    assert.deepEqual(outcome.cases.map((c) => c.passed), [true, false]);
    assert.match(outcome.cases[1].message, /^Expected allowed, but the request is implicitDeny: .*authorized against the contact-flow resource, not the instance/);
    assert.equal(outcome.cases[0].message, 'implicitDeny, as expected.');
  });

  void it('SCPs and context take part', () => {
    const text = `{"tests": [{"policy": "guard.json", "scps": ["guard.json"], "requests": [${request('explicitDeny', ', "context": {"aws:SecureTransport": "false"}')}, ${request('allowed', ', "context": {"aws:SecureTransport": "true"}')}]}]}`;
    const [outcome] = runAssertions(parseAssertionsFile(text), load, catalog);
    assert.deepEqual(outcome.cases.map((c) => [c.evaluation.decision, c.passed]), [['explicitDeny', true], ['allowed', true]]);
  });

  void it('a policy that cannot be loaded stops its group with the reason', () => {
    const text = `{"tests": [{"policy": "missing.json", "requests": [${request('allowed')}]}]}`;
    const [outcome] = runAssertions(parseAssertionsFile(text), load, catalog);
    assert.deepEqual(outcome.cases, []);
    assert.equal(outcome.error?.message, 'cannot read missing.json');
    assert.equal(outcome.error?.ref.path, 'missing.json');
  });
});
