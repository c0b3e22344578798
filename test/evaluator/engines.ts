import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import type { Catalog } from '../../server/service/catalog/catalog';
import { evaluate } from '../../server/service/evaluator/evaluate';
import { policyInputsFromText } from '../../server/service/evaluator/policyInputs';
import type { Decision, PolicyInput, PolicySet } from '../../server/service/evaluator/types';
import { ACCOUNT, type GeneratedCase, type Policy } from './randomCases';

/**
 * The same generated case for both engines: ours (policies parsed from JSON text, as the editor and
 * CLI do) and iam-simulate's runSimulation (the AGPL oracle, used only from test/ and bench/).
 */

const DECISIONS: Record<string, Decision> = { Allowed: 'allowed', ExplicitlyDenied: 'explicitDeny', ImplicitlyDenied: 'implicitDeny' };

export function toSimulation(c: GeneratedCase): Simulation {
  const named = (prefix: string) => (policy: Policy, i: number) => ({ name: `${prefix}${i}`, policy });
  return {
    request: {
      principal: c.request.principal,
      action: c.request.action,
      resource: { resource: c.request.resource, accountId: ACCOUNT },
      contextVariables: c.request.context,
    },
    identityPolicies: c.identity.map(named('identity')),
    serviceControlPolicies: c.scps ? [{ orgIdentifier: 'ou-account', policies: c.scps.map(named('scp')) }] : [],
    resourceControlPolicies: [],
    resourcePolicy: c.resourcePolicy,
    permissionBoundaryPolicies: c.boundary ? [named('boundary')(c.boundary, 0)] : undefined,
  };
}

export async function oracleDecision(simulation: Simulation): Promise<Decision> {
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') throw new Error(`iam-simulate rejected the case: ${JSON.stringify(result.errors)}`);
  const decision = DECISIONS[result.overallResult];
  if (!decision) throw new Error(`unexpected iam-simulate result ${result.overallResult}`);
  return decision;
}

function inputs(prefix: string, policies: Policy[]): PolicyInput[] {
  return policies.flatMap((p, i) => policyInputsFromText(`mem:${prefix}${i}`, JSON.stringify(p), `${prefix}${i}`));
}

export function toPolicySet(c: GeneratedCase): PolicySet {
  return {
    identity: inputs('identity', c.identity),
    resource: c.resourcePolicy && inputs('resource', [c.resourcePolicy]),
    permissionsBoundary: c.boundary && inputs('boundary', [c.boundary]),
    scps: c.scps && inputs('scp', c.scps),
  };
}

export function ourDecision(c: GeneratedCase, policies: PolicySet, catalog: Catalog): Decision {
  return evaluate(c.request, policies, catalog).decision;
}
