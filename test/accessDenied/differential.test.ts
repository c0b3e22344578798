import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { getNodeValue, type Node } from 'jsonc-parser';
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import type { DeniedCall } from '../../server/service/accessDenied/types';
import type { Decision, PolicyInput } from '../../server/service/evaluator/types';
import { FIXTURES, FLOW, INSTANCE, deniedMessage, explainIn, fixtureText, onlyCall } from './helpers';

/**
 * Each cause a message or CloudTrail record can have, decided again by @cloud-copilot/iam-simulate
 * (a devDependency, used only in tests) from the same request and the same policies as found in the
 * workspace, intrinsics resolved: the explanation's decision must be the oracle's.
 */

const DECISIONS: Record<string, Decision> = { Allowed: 'allowed', ExplicitlyDenied: 'explicitDeny', ImplicitlyDenied: 'implicitDeny' };
const ORG = join(FIXTURES, 'org-workspace');
const EVENT = JSON.parse(fixtureText('cloudtrail/start-chat-denied.json')) as Record<string, unknown>;

const named = (prefix: string) => (input: PolicyInput, i: number) => ({ name: `${prefix}${i}`, policy: getNodeValue(input.policy.node as Node) as object });

function simulation(call: DeniedCall): Simulation {
  const request = call.request!;
  const policies = call.policies!;
  return {
    request: { principal: request.principal!, action: request.action, resource: { resource: request.resource, accountId: request.resource.split(':')[4] || '123456789012' }, contextVariables: request.context ?? {} },
    identityPolicies: policies.identity.map(named('identity')),
    serviceControlPolicies: policies.scps ? [{ orgIdentifier: 'ou-abcd-11112222', policies: policies.scps.map(named('scp')) }] : [],
    resourceControlPolicies: [],
    permissionBoundaryPolicies: policies.permissionsBoundary?.map(named('boundary')),
  };
}

async function oracle(call: DeniedCall): Promise<Decision> {
  const result = await runSimulation(simulation(call), {});
  if (result.resultType === 'error') throw new Error(`iam-simulate rejected the case: ${JSON.stringify(result.errors)}`);
  return DECISIONS[result.overallResult];
}

const CASES: [string, string, string?][] = [
  ['identity: no statement allows the contact flow (the instance ARN)', deniedMessage('connect:StartChatContact', FLOW, '')],
  ['identity: allowed by an attached managed policy', deniedMessage('connect:DescribeContact', `${INSTANCE}/contact/abc`, '')],
  ['identity: explicit deny in an attached managed policy', deniedMessage('connect:StopContact', `${INSTANCE}/contact/abc`, '')],
  ['user policy file: IpAddress condition without a source IP', deniedMessage('connect:DescribeContact', `${INSTANCE}/contact/abc`, '', 'arn:aws:iam::123456789012:user/support-agent')],
  ['CloudTrail: the source IP in the condition range', JSON.stringify({ ...EVENT, eventName: 'DescribeContact', errorMessage: undefined, sourceIPAddress: '198.51.100.20', userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::123456789012:user/support-agent', accountId: '123456789012' }, requestParameters: { instanceId: '4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d', contactId: 'abc' } })],
  ['CloudTrail: StartChatContact as logged', JSON.stringify(EVENT)],
  ['permissions boundary: the boundary does not allow DescribeContact', deniedMessage('connect:DescribeContact', `${INSTANCE}/contact/abc`, ''), ORG],
  ['permissions boundary and identity both allow StartChatContact', deniedMessage('connect:StartChatContact', FLOW, ''), ORG],
  ['SCP: another Region is denied', deniedMessage('connect:StartChatContact', FLOW.replace('us-east-1', 'eu-west-2'), ''), ORG],
  ['CloudTrail: the call went to another Region; the SCP denies it', JSON.stringify({ ...EVENT, awsRegion: 'eu-west-2' }), ORG],
];

void describe('explanations decided as iam-simulate decides them', () => {
  const seen = new Set<Decision>();
  for (const [name, text, folder] of CASES) {
    void it(name, async () => {
      const call = onlyCall(folder ? explainIn(text, folder) : explainIn(text));
      assert.ok(call.decision && call.policies && call.request, `not evaluated: ${call.missing.join('; ')}`);
      assert.equal(call.decision, await oracle(call));
      seen.add(call.decision);
    });
  }
  void it('the cases reach every decision', () => assert.deepEqual([...seen].sort(), ['allowed', 'explicitDeny', 'implicitDeny']));
});
