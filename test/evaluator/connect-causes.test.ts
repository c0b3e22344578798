import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FLOW, INSTANCE, START_CHAT, explain, policyDoc, spanText } from './helpers';

/** Each StartChatContact AccessDenied cause in DESIGN.md: the right decision, and a sentence that names the cause. */

const allowChat = (resource: string | string[], extra: object = {}) => policyDoc([{ Sid: 'Chat', Effect: 'Allow', Action: 'connect:StartChatContact', Resource: resource, ...extra }]);

function onlyReason(e: { reasons: string[] }, pattern: RegExp): void {
  assert.ok(
    e.reasons.some((r) => pattern.test(r)),
    `no reason matches ${pattern}:\n${e.reasons.join('\n')}`,
  );
}

void describe('StartChatContact AccessDenied causes', () => {
  void it('the bare instance ARN: implicit deny, authorized against the contact flow', () => {
    const doc = allowChat(INSTANCE);
    const e = explain(START_CHAT, doc);
    assert.equal(e.decision, 'implicitDeny');
    onlyReason(e, new RegExp(`Resource ${INSTANCE} does not match ${FLOW}; StartChatContact is authorized against the contact-flow resource, not the instance`));
    onlyReason(e, /such as arn:aws:connect:us-east-1:111122223333:instance\/11111111-2222-3333-4444-555555555555\/contact-flow\/\*/);
    assert.equal(e.deciding.length, 1);
    assert.equal(spanText(doc, e.deciding[0].span), JSON.stringify(INSTANCE));
    assert.equal(e.deciding[0].failedElement, 'resource');
  });

  void it('contact/* only: implicit deny, the contact is not the contact flow', () => {
    const e = explain(START_CHAT, allowChat(`${INSTANCE}/contact/*`));
    assert.equal(e.decision, 'implicitDeny');
    onlyReason(e, /authorized against the contact-flow resource, not the contact:/);
  });

  void it('instance/ID/*, contact-flow/* and the exact flow are allowed', () => {
    for (const resource of [`${INSTANCE}/*`, `${INSTANCE}/contact-flow/*`, FLOW]) {
      const e = explain(START_CHAT, allowChat(resource));
      assert.equal(e.decision, 'allowed', resource);
      assert.match(e.reasons[0], /Allowed by statement 1 \(Sid "Chat"\) of identity policy policy\.json/);
    }
  });

  void it('the wrong region or account: the differing component is named', () => {
    const region = explain(START_CHAT, allowChat(`${INSTANCE.replace('us-east-1', 'us-west-2')}/*`));
    assert.equal(region.decision, 'implicitDeny');
    onlyReason(region, /the region differs \("us-west-2" in the policy, "us-east-1" in the request\)/);
    const account = explain(START_CHAT, allowChat(`${INSTANCE.replace('111122223333', '444455556666')}/*`));
    onlyReason(account, /the account differs \("444455556666" in the policy, "111122223333" in the request\)/);
  });

  void it('Participant Service API names grant nothing', () => {
    const doc = policyDoc([{ Effect: 'Allow', Action: ['connect:SendMessage', 'connect:CreateParticipantConnection'], Resource: '*' }]);
    const e = explain(START_CHAT, doc);
    assert.equal(e.decision, 'implicitDeny');
    onlyReason(e, /Action does not include connect:StartChatContact .*connect:SendMessage, connect:CreateParticipantConnection are Connect Participant Service APIs, authorized by participant tokens, not IAM: they grant nothing/);
    const asked = explain({ action: 'connect:SendMessage', resource: '*' }, policyDoc([{ Effect: 'Allow', Action: 'connect:*', Resource: '*' }]));
    onlyReason(asked, /connect:SendMessage is a Connect Participant Service API, not an IAM action/);
  });

  void it('a missing action: the policy lists other chat actions', () => {
    const e = explain(START_CHAT, policyDoc([{ Effect: 'Allow', Action: 'connect:StartOutboundChatContact', Resource: `${INSTANCE}/*` }]));
    assert.equal(e.decision, 'implicitDeny');
    onlyReason(e, /Action does not include connect:StartChatContact \(it lists connect:StartOutboundChatContact\)/);
  });

  void it('a typo in the action name is pointed out', () => {
    const e = explain(START_CHAT, policyDoc([{ Effect: 'Allow', Action: 'connect:StartChatContacts', Resource: `${INSTANCE}/*` }]));
    onlyReason(e, /Did you mean connect:StartChatContact instead of connect:StartChatContacts\?/);
  });

  void it('aws:SourceIp against a private range never matches', () => {
    const doc = allowChat(`${INSTANCE}/*`, { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } });
    const e = explain({ ...START_CHAT, context: { 'aws:SourceIp': '198.51.100.7' } }, doc);
    assert.equal(e.decision, 'implicitDeny');
    onlyReason(e, /IpAddress on aws:SourceIp failed: "198\.51\.100\.7" is not in "10\.0\.0\.0\/8" \(10\.0\.0\.0\/8 is a private \(RFC 1918\) range: aws:SourceIp is the public address AWS sees/);
    assert.match(spanText(doc, e.deciding[0].span), /^"aws:SourceIp": "10\.0\.0\.0\/8"$/);
  });

  void it('aws:SourceIp is missing for calls through a VPC endpoint', () => {
    const e = explain({ ...START_CHAT, context: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }, allowChat(`${INSTANCE}/*`, { Condition: { IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } } }));
    assert.equal(e.decision, 'implicitDeny');
    onlyReason(e, /the request has no aws:SourceIp \(AWS omits it when the call comes through a VPC endpoint\)/);
  });

  void it('a Deny on aws:SourceIp without aws:ViaAWSService also denies AWS services acting for you', () => {
    const doc = policyDoc([
      { Effect: 'Allow', Action: 'connect:StartChatContact', Resource: `${INSTANCE}/*` },
      { Sid: 'OfficeOnly', Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '198.51.100.0/24' } } },
    ]);
    const e = explain({ ...START_CHAT, context: { 'aws:SourceIp': '54.240.196.10', 'aws:ViaAWSService': 'true' } }, doc);
    assert.equal(e.decision, 'explicitDeny');
    onlyReason(e, /Explicitly denied by statement 2 \(Sid "OfficeOnly"\)/);
    onlyReason(e, /aws:ViaAWSService is true.*add "Bool": \{"aws:ViaAWSService": "false"\} to this Deny/);
    const guarded = policyDoc([
      { Effect: 'Allow', Action: 'connect:StartChatContact', Resource: `${INSTANCE}/*` },
      { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '198.51.100.0/24' }, Bool: { 'aws:ViaAWSService': 'false' } } },
    ]);
    assert.equal(explain({ ...START_CHAT, context: { 'aws:SourceIp': '54.240.196.10', 'aws:ViaAWSService': 'true' } }, guarded).decision, 'allowed');
  });

  void it('asking for the instance ARN itself: no policy can allow it', () => {
    const denied = explain({ action: 'connect:StartChatContact', resource: INSTANCE }, allowChat(`${INSTANCE}/*`));
    assert.equal(denied.decision, 'implicitDeny');
    onlyReason(denied, /AWS never authorizes connect:StartChatContact against .*: it is authorized against contact .*; contact-flow \(required\)/);
  });
});
