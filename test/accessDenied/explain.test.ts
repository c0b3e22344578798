import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { DeniedCall } from '../../server/service/accessDenied/types';
import { FIXTURES, FLOW, INSTANCE, SESSION, WORKSPACE, deniedMessage, explainIn, fixtureText, onlyCall } from './helpers';

/** Messages against a workspace of CloudFormation templates and policy files: the request, the principal's policies, the cause. */

function said(call: DeniedCall, pattern: RegExp): void {
  assert.ok(call.explanation.some((s) => pattern.test(s)), `no sentence matches ${pattern}:\n${call.explanation.join('\n')}`);
}

function listed(lines: string[], pattern: RegExp): void {
  assert.ok(lines.some((s) => pattern.test(s)), `nothing matches ${pattern}:\n${lines.join('\n')}`);
}

const CHAT_TEMPLATE = pathToFileURL(join(WORKSPACE, 'templates', 'chat.json')).href;
const ORG = join(FIXTURES, 'org-workspace');
const noIdentityAllows = (action: string) => `because no identity-based policy allows the ${action} action`;

void describe('explaining an AccessDenied message with the workspace', () => {
  void it('the role is found by RoleName; the workspace agrees, and the instance ARN is named as the cause', () => {
    const call = onlyCall(explainIn(deniedMessage('connect:StartChatContact', FLOW, noIdentityAllows('connect:StartChatContact'))));
    assert.equal(call.cause, 'identity-policy');
    assert.equal(call.decision, 'implicitDeny');
    assert.deepEqual(call.principalFound.map((p) => p.label), ['role ChatBackendRole in chat.json']);
    said(call, /^AWS says no identity-based policy allows it; the workspace agrees\.$/);
    said(call, /Sid "StartWebChat".*does not match .*StartChatContact is authorized against the contact-flow resource, not the instance/);
    assert.equal(call.deciding.length, 1);
    assert.equal(call.deciding[0].uri, CHAT_TEMPLATE);
    assert.equal(call.deciding[0].label, 'chat.json:27');
    listed(call.missing, /AWS managed policy AWSLambdaBasicExecutionRole .* not shipped/);
    listed(call.assumed, /^Parameter InstanceId of chat\.json is taken as its Default "4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d"; the deployed stack may have been given another value\.$/);
  });

  void it('several roles of the name in the workspace: all are used, and that is said', () => {
    const call = onlyCall(explainIn(deniedMessage('connect:StartChatContact', FLOW, ''), FIXTURES));
    assert.deepEqual(call.principalFound.map((p) => p.label).sort(), ['role ChatBackendRole in chat.json', 'role ChatRole in organization.json']);
    listed(call.assumed, /^2 places match chat-backend \(.*\): their policies are evaluated together/);
  });

  void it('the request as AWS saw it: the resource as printed, the region from the ARN, a direct call', () => {
    const call = onlyCall(explainIn(deniedMessage('connect:StartChatContact', FLOW, '')));
    assert.deepEqual(call.request, {
      action: 'connect:StartChatContact',
      resource: FLOW,
      principal: SESSION,
      context: { 'aws:RequestedRegion': 'us-east-1', 'aws:PrincipalAccount': '123456789012', 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/chat-backend', 'aws:ViaAWSService': 'false' },
    });
    listed(call.assumed, /aws:RequestedRegion is us-east-1, the resource's Region/);
    listed(call.missing, /aws:SourceIp and aws:SourceVpce/);
  });

  void it('AWS says nothing allows it, but the workspace does: the deployed role differs', () => {
    const call = onlyCall(explainIn(deniedMessage('connect:DescribeContact', `${INSTANCE}/contact/abc`, noIdentityAllows('connect:DescribeContact'))));
    assert.equal(call.decision, 'allowed');
    assert.equal(call.cause, 'identity-policy');
    said(call, /^AWS says no identity-based policy allows it, but statement 1 \(Sid "DescribeChats"\) of identity policy DescribeContacts \(chat\.json:41\) allows it: the deployed identity-based policy differs from this workspace/);
  });

  void it('an explicit deny in an identity-based policy: the Deny statement of the attached managed policy', () => {
    const call = onlyCall(explainIn(deniedMessage('connect:StopContact', `${INSTANCE}/contact/abc`, 'with an explicit deny in an identity-based policy')));
    assert.equal(call.decision, 'explicitDeny');
    said(call, /the workspace agrees: statement 2 \(Sid "NoStopping"\) of identity policy DescribeContacts \(chat\.json:47\) denies it/);
    assert.deepEqual(call.deciding.map((d) => d.label), ['chat.json:47']);
  });

  void it('an explicit deny the workspace does not hold', () => {
    const call = onlyCall(explainIn(deniedMessage('connect:DescribeContact', `${INSTANCE}/contact/abc`, 'with an explicit deny in an identity-based policy')));
    assert.equal(call.decision, 'allowed');
    said(call, /but no identity-based policy of this workspace denies it: the deny is in a policy attached to the deployed principal that this workspace does not hold/);
  });

  for (const [tail, cause, pattern] of [
    ['with an explicit deny in a service control policy', 'scp', /likely cause is a service control policy of the account's organization/],
    ['because no service control policy allows the connect:StartChatContact action', 'scp', /likely cause is a service control policy/],
    ['with an explicit deny in a resource control policy', 'rcp', /likely cause is a resource control policy/],
    ['because no session policy allows the connect:StartChatContact action', 'session-policy', /the session policy passed when the role was assumed/],
    ['because no permissions boundary allows the connect:StartChatContact action', 'permissions-boundary', /the principal's permissions boundary, which this workspace does not hold/],
    ['with an explicit deny in a VPC endpoint policy', 'vpc-endpoint-policy', /the policy of the VPC endpoint the call went through/],
    ['because no resource-based policy allows the connect:StartChatContact action', 'resource-policy', /the resource's own policy/],
  ] as const) {
    void it(`${tail}: named as the likely cause when the workspace holds none`, () => {
      const call = onlyCall(explainIn(deniedMessage('connect:StartChatContact', FLOW, tail)));
      assert.equal(call.cause, cause);
      said(call, pattern);
    });
  }

  void it('the older form without a reason: the cause is what the workspace decides', () => {
    const denied = onlyCall(explainIn(deniedMessage('connect:StopContact', `${INSTANCE}/contact/abc`, '')));
    assert.equal(denied.stated, undefined);
    assert.equal(denied.cause, 'identity-policy');
    said(denied, /^The workspace denies it explicitly: statement 2 \(Sid "NoStopping"\)/);
    const allowed = onlyCall(explainIn(deniedMessage('connect:DescribeContact', `${INSTANCE}/contact/abc`, '')));
    assert.equal(allowed.cause, 'none');
    said(allowed, /^The workspace allows this request, so the denial comes from something it does not hold/);
  });

  void it("a role without RoleName is found by its logical id inside CloudFormation's generated name; an unresolvable intrinsic is named", () => {
    const principal = 'arn:aws:sts::123456789012:assumed-role/chat-stack-UnnamedRole-1A2B3C4D/s1';
    const call = onlyCall(explainIn(deniedMessage('connect:StartChatContact', FLOW, noIdentityAllows('connect:StartChatContact'), principal)));
    assert.deepEqual(call.principalFound.map((p) => p.label), ['role UnnamedRole in chat.json']);
    listed(call.assumed, /chat-stack-UnnamedRole-1A2B3C4D is taken to be UnnamedRole of chat\.json/);
    listed(call.missing, /^Fn::Sub arn:aws:connect:\$\{AWS::Region\}:\$\{AWS::AccountId\}:instance\/\$\{InstanceId\}\/contact-flow\/\$\{FlowId\} at chat\.json:74 cannot be resolved offline/);
  });

  void it('Fn::Sub with pseudo parameters and a parameter default resolves to the ARN the statement means', () => {
    const call = onlyCall(explainIn(deniedMessage('connect:StartChatContact', FLOW, '')));
    said(call, new RegExp(`Resource ${INSTANCE} does not match ${FLOW}`));
  });

  void it('a user is found by a policy file named after it; the message has no source IP, so the IpAddress condition fails', () => {
    const principal = 'arn:aws:iam::123456789012:user/support-agent';
    const call = onlyCall(explainIn(deniedMessage('connect:DescribeContact', `${INSTANCE}/contact/abc`, noIdentityAllows('connect:DescribeContact'), principal)));
    assert.deepEqual(call.principalFound.map((p) => p.label), ['policy file named after support-agent in support-agent.json']);
    assert.equal(call.decision, 'implicitDeny');
    said(call, /aws:SourceIp/);
  });

  void it('no policy of the principal in the workspace: said, not reported as agreeing silently', () => {
    const principal = 'arn:aws:sts::123456789012:assumed-role/somebody-else/s';
    const call = onlyCall(explainIn(deniedMessage('connect:StartChatContact', FLOW, noIdentityAllows('connect:StartChatContact'), principal)));
    assert.deepEqual(call.principalFound, []);
    said(call, /^No policy of somebody-else was found in the workspace \(\d+ documents searched\)/);
    said(call, /^AWS says no identity-based policy allows it; the workspace holds no policy of this principal to compare with\.$/);
    assert.ok(!call.explanation.some((s) => s.includes('agrees')), call.explanation.join('\n'));
  });

  void it('policies given by name replace the ones found when asked to', () => {
    const given = { identity: [{ uri: 'file:///policies/allow-flows.json', languageId: 'json', text: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'connect:StartChatContact', Resource: `${INSTANCE}/contact-flow/*` }] }) }], replaceIdentity: true };
    const call = onlyCall(explainIn(deniedMessage('connect:StartChatContact', FLOW, noIdentityAllows('connect:StartChatContact')), WORKSPACE, given));
    assert.equal(call.decision, 'allowed');
    assert.deepEqual(call.policies?.identity.map((p) => p.name), ['allow-flows.json']);
  });

  void it('a permissions boundary and an SCP from the templates take part', () => {
    const boundary = onlyCall(explainIn(deniedMessage('connect:DescribeContact', `${INSTANCE}/contact/abc`, 'because no permissions boundary allows the connect:DescribeContact action'), ORG));
    assert.equal(boundary.decision, 'implicitDeny');
    said(boundary, /^AWS says no permissions boundary allows it; the workspace agrees\.$/);
    listed(boundary.assumed, /The SCP UsEastOnly \(organization\.json\) targets an OU/);
    assert.deepEqual(boundary.policies?.scps?.map((p) => p.name), ['UsEastOnly']);
    const scp = onlyCall(explainIn(deniedMessage('connect:StartChatContact', FLOW.replace('us-east-1', 'eu-west-2'), 'with an explicit deny in a service control policy'), ORG));
    said(scp, /^AWS found an explicit deny in a service control policy; the workspace agrees: statement 2 \(Sid "DenyOtherRegions"\) of service control policy UsEastOnly/);
  });

  void it('a Participant Service denial is not IAM: the token, the ended chat and the region instead', () => {
    const call = onlyCall(explainIn('An error occurred (AccessDeniedException) when calling the CreateParticipantConnection operation: You do not have sufficient access to perform this action.'));
    assert.equal(call.cause, 'not-iam');
    assert.equal(call.evaluation, undefined);
    said(call, /CreateParticipantConnection is an Amazon Connect Participant Service API: it is authorized by a token, not by IAM/);
    said(call, /ParticipantToken \(from StartChatContact\).*the chat has not ended.*Region of the Connect instance/);
  });

  void it('a YAML template: searched once YAML is read, and until then listed as unread, never as searched', () => {
    const explanation = explainIn(deniedMessage('connect:StartChatContact', FLOW, noIdentityAllows('connect:StartChatContact'), 'arn:aws:sts::123456789012:assumed-role/chat-widget/s'));
    const call = onlyCall(explanation);
    const yamlUri = pathToFileURL(join(WORKSPACE, 'templates', 'widget.yaml')).href;
    if (explanation.unread.includes(yamlUri)) assert.deepEqual(call.principalFound, []);
    else {
      assert.deepEqual(call.principalFound.map((p) => p.label), ['role WidgetRole in widget.yaml']);
      assert.equal(call.decision, 'allowed');
    }
  });

  void it('text that is neither a message nor CloudTrail gets a clear error', () => {
    for (const text of ['', 'Something went wrong', fixtureText('chat-workspace/policies/support-agent.json')]) {
      const explanation = explainIn(text);
      assert.deepEqual(explanation.calls, []);
      assert.match(explanation.error ?? '', /neither an AccessDenied message .* nor CloudTrail JSON/);
    }
  });
});
