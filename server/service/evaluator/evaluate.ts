import type { Catalog } from '../catalog/catalog';
import { isParticipantServiceAction } from '../connect/participantActions';
import { RequestContext } from './requestContext';
import { denyHints } from './denyHints';
import { requestResourceHint } from './explainResource';
import { readOnFirstUse } from './readOnFirstUse';
import { evaluateStatement, type StatementVerdict } from './statement';
import type { AccessRequest, Decision, Evaluation, PolicyInput, PolicyRole, PolicySet, RoleDecision, StatementResult } from './types';

/**
 * Decides a request against a policy set with AWS's evaluation logic ("Policy evaluation logic",
 * same account): an applying Deny in any policy is an explicit deny; otherwise an identity policy or
 * the resource policy must allow, and a permissions boundary and the SCPs, when given, must allow too.
 * The catalog, when given, types context keys and names the resource type in explanations.
 */
export function evaluate(request: AccessRequest, policies: PolicySet, catalog?: Catalog): Evaluation {
  const context = new RequestContext(request.context, catalog);
  const verdicts: StatementVerdict[] = [];
  const roles: RoleDecision[] = [];
  const layers: [PolicyRole, PolicyInput[] | undefined][] = [
    ['identity', policies.identity],
    ['resource', policies.resource],
    ['permissionsBoundary', policies.permissionsBoundary],
    ['scp', policies.scps],
  ];
  for (const [role, inputs] of layers) {
    if (!inputs || (inputs.length === 0 && role !== 'identity')) continue;
    const layer = inputs.flatMap((input) => evaluatePolicy(input, role, request, context, catalog));
    verdicts.push(...layer);
    roles.push({ role, decision: layerDecision(layer.map((v) => v.result)) });
  }
  const statements = verdicts.map((v) => v.result);
  const decision = combine(request, verdicts, roles);
  const evaluation: Evaluation = { decision, statements, roles, reasons: [], deciding: [] };
  // The sentences read every statement's reason and look up the resource type: built when shown.
  let explained: Pick<Evaluation, 'reasons' | 'deciding'> | undefined;
  const explanation = () => (explained ??= explain(request, decision, verdicts, roles, context, catalog));
  readOnFirstUse(evaluation, 'reasons', () => explanation().reasons);
  readOnFirstUse(evaluation, 'deciding', () => explanation().deciding);
  return evaluation;
}

function evaluatePolicy(input: PolicyInput, role: PolicyRole, request: AccessRequest, context: RequestContext, catalog?: Catalog): StatementVerdict[] {
  const version = input.policy.version?.value;
  const resolver = { variablesEnabled: version === '2012-10-17', lookup: (key: string) => context.single(key) };
  return input.policy.statements.map((statement) => evaluateStatement(statement, { request, role, input, catalog, context, resolver }));
}

function layerDecision(results: StatementResult[]): Decision {
  if (results.some((r) => r.applies && r.effect === 'Deny')) return 'explicitDeny';
  return results.some((r) => r.applies && r.effect === 'Allow') ? 'allowed' : 'implicitDeny';
}

function roleDecision(roles: RoleDecision[], role: PolicyRole): Decision | undefined {
  return roles.find((r) => r.role === role)?.decision;
}

/** Resource-policy grants that stand on their own: to the principal itself or to everyone. */
function resourceGrants(verdicts: StatementVerdict[]): StatementVerdict[] {
  return verdicts.filter((v) => v.result.role === 'resource' && v.result.applies && v.result.effect === 'Allow' && v.principal !== 'account');
}

/** Principals whose own ARN a resource policy can name: IAM users and role or federated sessions. */
const SESSION_OR_USER = /^arn:[^:]+:(iam::\d{12}:user\/|sts::\d{12}:(assumed-role|federated-user)\/)/;

function combine(request: AccessRequest, verdicts: StatementVerdict[], roles: RoleDecision[]): Decision {
  if (roles.some((r) => r.decision === 'explicitDeny')) return 'explicitDeny';
  const scp = roleDecision(roles, 'scp');
  if (scp !== undefined && scp !== 'allowed') return 'implicitDeny';
  const boundary = roleDecision(roles, 'permissionsBoundary');
  const boundaryAllows = boundary === undefined || boundary === 'allowed';
  const identityAllows = roleDecision(roles, 'identity') === 'allowed';
  const grants = resourceGrants(verdicts);
  // Permissions boundaries: "Within the same account, resource-based policies that grant permissions to
  // an IAM user ARN ... are not limited by an implicit deny in an identity-based policy or permissions
  // boundary"; the same holds for a grant to a role session's own ARN, but not to the role's ARN.
  const grantBypassesBoundary =
    request.principal !== undefined && SESSION_OR_USER.test(request.principal) && grants.some((v) => v.principal === 'exact' || v.principal === 'wildcard');
  if (identityAllows && boundaryAllows) return 'allowed';
  if (grants.length > 0 && (boundaryAllows || grantBypassesBoundary)) return 'allowed';
  return 'implicitDeny';
}

const ROLE_NAMES: Record<PolicyRole, string> = {
  identity: 'identity policy',
  resource: 'resource policy',
  permissionsBoundary: 'permissions boundary',
  scp: 'service control policy',
};

/** "statement 2 (Sid "AllowChat") of identity policy chat-backend.json" */
export function statementLabel(r: StatementResult): string {
  const sid = r.sid ? ` (Sid "${r.sid}")` : '';
  return `statement ${r.statementIndex + 1}${sid} of ${ROLE_NAMES[r.role]} ${r.policyName}`;
}

function explain(
  request: AccessRequest,
  decision: Decision,
  verdicts: StatementVerdict[],
  roles: RoleDecision[],
  context: RequestContext,
  catalog: Catalog | undefined,
): Pick<Evaluation, 'reasons' | 'deciding'> {
  const results = verdicts.map((v) => v.result);
  const reasons: string[] = [];
  const subject = `${request.action} on ${request.resource}`;
  const resourceHint = decision !== 'allowed' && catalog ? requestResourceHint(request.action, request.resource, catalog) : undefined;
  if (resourceHint) reasons.push(resourceHint);
  if (isParticipantServiceAction(request.action)) {
    reasons.push(`${request.action} is a Connect Participant Service API, not an IAM action: it is authorized by the participant or connection token, and no policy can allow or deny it.`);
  }
  if (decision === 'explicitDeny') {
    const denies = verdicts.filter((v) => v.result.applies && v.result.effect === 'Deny');
    for (const v of denies) reasons.push(`Explicitly denied by ${statementLabel(v.result)}.`, ...denyHints(v, context));
    return { reasons, deciding: denies.map((v) => v.result) };
  }
  if (decision === 'allowed') {
    const deciding = results.filter((r) => r.applies && r.effect === 'Allow' && (r.role === 'identity' || r.role === 'resource'));
    for (const r of deciding) reasons.push(`Allowed by ${statementLabel(r)}.`);
    return { reasons, deciding };
  }
  // Implicit deny: say which kind of policy failed to allow, then why each of its Allow statements did not apply.
  const blocking = blockingRoles(roles, verdicts);
  const deciding: StatementResult[] = [];
  for (const role of blocking) {
    const allows = results.filter((r) => r.role === role && r.effect === 'Allow');
    reasons.push(
      allows.length === 0
        ? `No ${ROLE_NAMES[role]} has an Allow statement, so ${subject} is implicitly denied.`
        : `No ${ROLE_NAMES[role]} statement allows ${subject}, so it is implicitly denied.`,
    );
    for (const r of allows) reasons.push(`${capitalize(statementLabel(r))}: ${r.reason}`);
    deciding.push(...closestAllows(allows));
  }
  return { reasons, deciding };
}

/** The kinds of policy whose missing Allow caused the implicit deny. */
function blockingRoles(roles: RoleDecision[], verdicts: StatementVerdict[]): PolicyRole[] {
  const scp = roleDecision(roles, 'scp');
  if (scp !== undefined && scp !== 'allowed') return ['scp'];
  const blocking: PolicyRole[] = [];
  const principalSideAllows = roleDecision(roles, 'identity') === 'allowed' || resourceGrants(verdicts).length > 0;
  if (!principalSideAllows) {
    blocking.push('identity');
    if (roleDecision(roles, 'resource') !== undefined) blocking.push('resource');
  }
  if (roleDecision(roles, 'permissionsBoundary') === 'implicitDeny') blocking.push('permissionsBoundary');
  return blocking;
}

/** The Allow statements that came closest: matched the action but failed on the resource or a condition. */
function closestAllows(allows: StatementResult[]): StatementResult[] {
  const near = allows.filter((r) => r.failedElement === 'resource' || r.failedElement === 'condition');
  return near.length > 0 ? near : allows;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
