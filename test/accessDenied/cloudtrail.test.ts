import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES, FLOW, explainIn, fixtureText, onlyCall } from './helpers';

/** CloudTrail records: the action from eventSource and eventName, the resource, the context keys, and each input shape. */

const EVENT = JSON.parse(fixtureText('cloudtrail/start-chat-denied.json')) as Record<string, unknown>;
const withEvent = (changes: Record<string, unknown>, drop: string[] = []) => {
  const event: Record<string, unknown> = { ...EVENT, ...changes };
  for (const key of drop) delete event[key];
  return event;
};
const text = (value: unknown) => JSON.stringify(value, null, 2);

void describe('explaining a CloudTrail record', () => {
  void it('one event: action, resource as AWS printed it, and the context keys AWS set', () => {
    const explanation = explainIn(text(EVENT));
    assert.equal(explanation.input, 'cloudtrail');
    const call = onlyCall(explanation);
    assert.deepEqual(call.request, {
      action: 'connect:StartChatContact',
      resource: FLOW,
      principal: 'arn:aws:sts::123456789012:assumed-role/chat-backend/lambda-1',
      context: {
        'aws:RequestedRegion': 'us-east-1',
        'aws:PrincipalAccount': '123456789012',
        'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/service/chat-backend',
        'aws:ViaAWSService': 'false',
        'aws:SourceIp': '203.0.113.7',
        'aws:MultiFactorAuthPresent': 'false',
        'aws:SecureTransport': 'true',
        'aws:CurrentTime': '2026-12-01T10:05:00Z',
      },
    });
    assert.deepEqual(call.stated, { kind: 'implicitDeny', policyType: 'identity-based policy' });
    assert.equal(call.cause, 'identity-policy');
    assert.equal(call.decision, 'implicitDeny');
    assert.deepEqual(call.deciding.map((d) => d.label), ['chat.json:27']);
  });

  void it('without errorMessage: the resource from requestParameters through the contact-flow ARN template', () => {
    const call = onlyCall(explainIn(text(withEvent({}, ['errorMessage']))));
    assert.equal(call.request?.resource, FLOW);
    assert.ok(call.assumed.some((a) => a.includes('built from requestParameters with the contact-flow ARN template')), call.assumed.join('\n'));
    assert.equal(call.stated, undefined);
    assert.equal(call.cause, 'identity-policy');
  });

  void it('requestParameters without the contact flow: said, and not evaluated', () => {
    const call = onlyCall(explainIn(text(withEvent({ requestParameters: { instanceId: 'x' } }, ['errorMessage']))));
    assert.equal(call.request, undefined);
    assert.equal(call.evaluation, undefined);
    assert.ok(call.missing.some((m) => /contact-flow needs ContactFlowId/.test(m)), call.missing.join('\n'));
  });

  void it('through a VPC endpoint: aws:SourceVpce; called by a service: aws:ViaAWSService true and no aws:SourceIp', () => {
    const vpce = onlyCall(explainIn(text(withEvent({ vpcEndpointId: 'vpce-0123456789abcdef0' }))));
    assert.equal(vpce.request?.context?.['aws:SourceVpce'], 'vpce-0123456789abcdef0');
    const viaService = onlyCall(explainIn(text(withEvent({ sourceIPAddress: 'lambda.amazonaws.com' }))));
    assert.equal(viaService.request?.context?.['aws:ViaAWSService'], 'true');
    assert.equal(viaService.request?.context?.['aws:SourceIp'], undefined);
    assert.ok(viaService.missing.some((m) => m.startsWith('aws:SourceIp: sourceIPAddress is "lambda.amazonaws.com"')));
    assert.equal(onlyCall(explainIn(text(EVENT))).request?.context?.['aws:SourceVpce'], undefined);
  });

  void it('the call went to another Region than the instance: said first; the SCP of the workspace denies it', () => {
    const call = onlyCall(explainIn(text(withEvent({ awsRegion: 'eu-west-2' })), join(FIXTURES, 'org-workspace')));
    assert.match(call.explanation[0], /^The call was sent to eu-west-2, but the resource is in us-east-1: a Connect instance answers only in its own Region/);
    assert.equal(call.decision, 'explicitDeny');
    assert.ok(call.explanation.includes('Explicitly denied by statement 2 (Sid "DenyOtherRegions") of service control policy UsEastOnly.'), call.explanation.join('\n'));
  });

  void it('a log file: only the denied records of Records are explained', () => {
    const allowed = withEvent({ eventName: 'DescribeContact', requestParameters: { instanceId: 'i', contactId: 'c' } }, ['errorCode', 'errorMessage']);
    const explanation = explainIn(text({ Records: [allowed, EVENT, EVENT] }));
    assert.equal(explanation.calls.length, 2);
    assert.ok(explanation.calls.every((c) => c.request?.action === 'connect:StartChatContact'));
  });

  void it('lookup-events output: each CloudTrailEvent string is read', () => {
    const explanation = explainIn(text({ Events: [{ EventId: '1', EventName: 'StartChatContact', CloudTrailEvent: JSON.stringify(EVENT) }] }));
    assert.equal(onlyCall(explanation).request?.resource, FLOW);
  });

  void it('an event of an unknown service: the action is named as missing', () => {
    const call = onlyCall(explainIn(text(withEvent({ eventSource: 'nosuch.amazonaws.com', eventName: 'DoThing' }, ['errorMessage']))));
    assert.equal(call.request, undefined);
    assert.ok(call.missing.some((m) => /nosuch\.amazonaws\.com DoThing is no action of the AWS catalog/.test(m)));
  });
});
