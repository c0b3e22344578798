import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { policyInputsFromText } from '../../server/service/evaluator/policyInputs';
import { FLOW, INSTANCE, START_CHAT, explain, policyDoc, spanText } from './helpers';

/** AWS's evaluation logic across identity policies, a resource policy, a permissions boundary and SCPs. */

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const allow = (extra: object = {}) => ({ Effect: 'Allow', Action: 'connect:StartChatContact', Resource: `${INSTANCE}/*`, ...extra });
const deny = (extra: object = {}) => ({ Effect: 'Deny', Action: 'connect:*', Resource: '*', ...extra });
const none = policyDoc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }], 'other.json');

void describe('policy evaluation logic', () => {
  void it('explicit deny beats allow, across policies', () => {
    const e = explain(START_CHAT, policyDoc([allow()], 'a.json'), { scps: policyDoc([{ Effect: 'Allow', Action: '*', Resource: '*' }, deny()], 'scp.json').inputs });
    assert.equal(e.decision, 'explicitDeny');
    assert.deepEqual(
      e.deciding.map((d) => [d.role, d.policyName, d.statementIndex]),
      [['scp', 'scp.json', 1]],
    );
    assert.deepEqual(e.roles, [
      { role: 'identity', decision: 'allowed' },
      { role: 'scp', decision: 'explicitDeny' },
    ]);
  });

  void it('nothing allows: implicit deny naming every Allow statement', () => {
    const e = explain(START_CHAT, none);
    assert.equal(e.decision, 'implicitDeny');
    assert.match(e.reasons.join('\n'), /Statement 1 of identity policy other\.json: Action does not include connect:StartChatContact \(it lists s3:GetObject\)/);
  });

  void it('a permissions boundary must allow too', () => {
    const boundary = policyDoc([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }], 'boundary.json');
    const e = explain(START_CHAT, policyDoc([allow()]), { permissionsBoundary: boundary.inputs });
    assert.equal(e.decision, 'implicitDeny');
    assert.match(e.reasons[0], /No permissions boundary statement allows connect:StartChatContact/);
    const wide = policyDoc([{ Effect: 'Allow', Action: 'connect:*', Resource: '*' }], 'boundary.json');
    assert.equal(explain(START_CHAT, policyDoc([allow()]), { permissionsBoundary: wide.inputs }).decision, 'allowed');
  });

  void it('SCPs must allow too', () => {
    const scp = policyDoc([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }], 'scp.json');
    const e = explain(START_CHAT, policyDoc([allow()]), { scps: scp.inputs });
    assert.equal(e.decision, 'implicitDeny');
    assert.match(e.reasons[0], /No service control policy statement allows/);
  });

  void it('a same-account resource policy may allow on its own, for the principal it names', () => {
    const grant = (principal: unknown) => policyDoc([{ Effect: 'Allow', Principal: principal, Action: 'connect:StartChatContact', Resource: FLOW }], 'resource.json').inputs;
    const asAlice = { ...START_CHAT, principal: ALICE };
    assert.equal(explain(asAlice, none, { resource: grant({ AWS: ALICE }) }).decision, 'allowed');
    assert.equal(explain(asAlice, none, { resource: grant('*') }).decision, 'allowed');
    assert.equal(explain({ ...asAlice, principal: 'arn:aws:sts::111122223333:assumed-role/ChatBackend/s1' }, none, { resource: grant({ AWS: 'arn:aws:iam::111122223333:role/ChatBackend' }) }).decision, 'allowed');
    const bob = explain(asAlice, none, { resource: grant({ AWS: 'arn:aws:iam::111122223333:user/bob' }) });
    assert.equal(bob.decision, 'implicitDeny');
    assert.match(bob.reasons.join('\n'), /Principal does not include arn:aws:iam::111122223333:user\/alice \(it lists arn:aws:iam::111122223333:user\/bob\)/);
    // The account principal delegates to the account's identity policies, which must allow.
    assert.equal(explain(asAlice, none, { resource: grant({ AWS: '111122223333' }) }).decision, 'implicitDeny');
    assert.equal(explain(asAlice, policyDoc([allow()]), { resource: grant({ AWS: 'arn:aws:iam::111122223333:root' }) }).decision, 'allowed');
  });

  void it('NotPrincipal excludes the principals it lists', () => {
    const policy = policyDoc([{ Effect: 'Deny', NotPrincipal: { AWS: ALICE }, Action: '*', Resource: '*' }], 'resource.json');
    assert.equal(explain({ ...START_CHAT, principal: ALICE }, policyDoc([allow()]), { resource: policy.inputs }).decision, 'allowed');
    assert.equal(explain({ ...START_CHAT, principal: 'arn:aws:iam::111122223333:user/bob' }, policyDoc([allow()]), { resource: policy.inputs }).decision, 'explicitDeny');
  });

  void it('a resource policy grant to an IAM user is not limited by the boundary; one to the account is', () => {
    const boundary = policyDoc([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }], 'boundary.json').inputs;
    const direct = policyDoc([{ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'connect:StartChatContact', Resource: FLOW }], 'resource.json').inputs;
    assert.equal(explain({ ...START_CHAT, principal: ALICE }, none, { resource: direct, permissionsBoundary: boundary }).decision, 'allowed');
    const role = policyDoc([{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/ChatBackend' }, Action: 'connect:StartChatContact', Resource: FLOW }], 'resource.json').inputs;
    const session = 'arn:aws:sts::111122223333:assumed-role/ChatBackend/s1';
    assert.equal(explain({ ...START_CHAT, principal: session }, none, { resource: role, permissionsBoundary: boundary }).decision, 'implicitDeny');
  });

  void it('NotAction and NotResource apply to everything they do not list', () => {
    const notAction = policyDoc([{ Effect: 'Allow', NotAction: 'connect:Stop*', Resource: '*' }]);
    assert.equal(explain(START_CHAT, notAction).decision, 'allowed');
    const excluded = explain({ ...START_CHAT, action: 'connect:StopContact' }, notAction);
    assert.match(excluded.statements[0].reason ?? '', /NotAction excludes connect:StopContact \(it matches "connect:Stop\*"\)/);
    const notResource = policyDoc([{ Effect: 'Deny', Action: '*', NotResource: `${INSTANCE}/contact-flow/*` }, allow()]);
    assert.equal(explain(START_CHAT, notResource).decision, 'allowed');
    assert.equal(explain({ ...START_CHAT, resource: `${INSTANCE}/contact/c1` }, notResource).decision, 'explicitDeny');
  });

  void it('actions compare without case, ARNs with case', () => {
    assert.equal(explain(START_CHAT, policyDoc([allow({ Action: 'CONNECT:startchat*' })])).decision, 'allowed');
    const upper = explain(START_CHAT, policyDoc([allow({ Resource: FLOW.toUpperCase() })]));
    assert.equal(upper.decision, 'implicitDeny');
  });

  void it('ARN components match one by one; a trailing * runs across colons', () => {
    assert.equal(explain(START_CHAT, policyDoc([allow({ Resource: 'arn:aws:connect:*' })])).decision, 'allowed');
    assert.equal(explain(START_CHAT, policyDoc([allow({ Resource: 'arn:aws:connect:*:111122223333:instance/*' })])).decision, 'allowed');
    assert.equal(explain(START_CHAT, policyDoc([allow({ Resource: 'arn:aws:connect:us-east-?:*:*' })])).decision, 'allowed');
    assert.equal(explain(START_CHAT, policyDoc([allow({ Resource: 'arn:aws:connect' })])).decision, 'implicitDeny');
  });

  void it('policy variables in Resource: request values, defaults, escapes; none in Version 2008-10-17', () => {
    const object = { action: 's3:GetObject', resource: 'arn:aws:s3:::chat-logs/alice/t.json', context: { 'aws:username': 'alice' } };
    const home = (version?: string) => policyDoc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::chat-logs/${aws:username}/*' }], 'p.json', version);
    assert.equal(explain(object, home()).decision, 'allowed');
    assert.equal(explain({ ...object, context: { 'aws:username': 'bob' } }, home()).decision, 'implicitDeny');
    assert.equal(explain(object, home('2008-10-17')).decision, 'implicitDeny');
    const missing = explain({ ...object, context: {} }, home());
    assert.match(missing.statements[0].reason ?? '', /uses \$\{aws:username\}, which the request does not have/);
    const fallback = policyDoc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: "arn:aws:s3:::chat-logs/${aws:PrincipalTag/team, 'alice'}/*" }]);
    assert.equal(explain({ ...object, context: {} }, fallback).decision, 'allowed');
    // A substituted value is literal: a tag value "*" is not a wildcard.
    const star = policyDoc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::chat-logs/${aws:PrincipalTag/team}' }]);
    assert.equal(explain({ ...object, context: { 'aws:PrincipalTag/team': '*' } }, star).decision, 'implicitDeny');
    const escaped = policyDoc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::chat-logs/${*}' }]);
    assert.equal(explain({ ...object, resource: 'arn:aws:s3:::chat-logs/*' }, escaped).decision, 'allowed');
    assert.equal(explain(object, escaped).decision, 'implicitDeny');
  });

  void it('an invalid Effect never applies, and the explanation points at it', () => {
    const doc = policyDoc([{ Effect: 'allow', Action: 'connect:*', Resource: '*' }]);
    const e = explain(START_CHAT, doc);
    assert.equal(e.decision, 'implicitDeny');
    assert.match(e.statements[0].reason ?? '', /Effect "allow" is neither "Allow" nor "Deny"/);
    assert.equal(spanText(doc, e.statements[0].span), '"allow"');
  });

  void it('statements of an embedded CloudFormation policy point into the template', () => {
    const text = JSON.stringify(
      { Resources: { ChatPolicy: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [allow({ Sid: 'Chat' })] } } } } },
      null,
      2,
    );
    const template = { text, inputs: policyInputsFromText('template.json', text, 'template.json') };
    assert.equal(template.inputs.length, 1);
    const e = explain(START_CHAT, template);
    assert.equal(e.decision, 'allowed');
    assert.match(spanText(template, e.deciding[0].statementSpan), /^\{\s+"Effect": "Allow",[\s\S]*"Sid": "Chat"\s+\}$/);
  });
});
