import { statementLabel } from '../evaluator/evaluate';
import type { Evaluation, PolicyRole, StatementResult } from '../evaluator/types';
import type { DenialCause, PolicyTypeNamed, StatedReason } from './types';

/**
 * Compares AWS's stated reason with what the workspace's policies decide, and names the cause. AWS's
 * reason is what happened; the workspace says what it would decide, so a difference means the deployed
 * policies differ from the workspace, or the deciding policy is one the workspace does not hold.
 */

const CAUSE_OF: Record<PolicyTypeNamed, DenialCause> = {
  'identity-based policy': 'identity-policy',
  'resource-based policy': 'resource-policy',
  'permissions boundary': 'permissions-boundary',
  'session policy': 'session-policy',
  'service control policy': 'scp',
  'resource control policy': 'rcp',
  'VPC endpoint policy': 'vpc-endpoint-policy',
};

const ROLE_OF: Partial<Record<PolicyTypeNamed, PolicyRole>> = {
  'identity-based policy': 'identity',
  'resource-based policy': 'resource',
  'permissions boundary': 'permissionsBoundary',
  'service control policy': 'scp',
};

const CAUSE_OF_ROLE: Record<PolicyRole, DenialCause> = { identity: 'identity-policy', resource: 'resource-policy', permissionsBoundary: 'permissions-boundary', scp: 'scp' };

/** Where to look for a kind of policy the workspace does not hold. */
const ELSEWHERE: Record<PolicyTypeNamed, string> = {
  'identity-based policy': 'a policy attached to the deployed principal that this workspace does not hold (an AWS managed policy, or one attached outside these templates)',
  'resource-based policy': "the resource's own policy, which this workspace does not hold",
  'permissions boundary': "the principal's permissions boundary, which this workspace does not hold (aws iam get-role shows PermissionsBoundary)",
  'session policy': 'the session policy passed when the role was assumed (the Policy or PolicyArns of AssumeRole or GetFederationToken), which no template holds: check the code that assumes the role',
  'service control policy': "a service control policy of the account's organization, which this workspace does not hold: ask the organization's administrator (aws organizations list-policies-for-target)",
  'resource control policy': "a resource control policy of the account's organization, which this workspace does not hold: ask the organization's administrator",
  'VPC endpoint policy': 'the policy of the VPC endpoint the call went through, which this workspace does not hold (aws ec2 describe-vpc-endpoints shows it)',
};

export interface Comparison {
  cause: DenialCause;
  sentences: string[];
}

/** `identityFound`: whether the workspace holds any identity policy of the principal to compare with. */
export function compare(stated: StatedReason | undefined, evaluation: Evaluation, identityFound: boolean, located: (r: StatementResult) => string): Comparison {
  if (!stated) return fromEvaluation(evaluation, located);
  const cause = CAUSE_OF[stated.policyType];
  const role = ROLE_OF[stated.policyType];
  const layer = role ? evaluation.roles.find((r) => r.role === role) : undefined;
  const said = stated.kind === 'explicitDeny' ? `AWS found an explicit deny in ${article(stated.policyType)} ${stated.policyType}${stated.policyArn ? ` (${stated.policyArn})` : ''}` : `AWS says no ${stated.policyType} allows it`;
  if (role === 'identity' && !identityFound) return { cause, sentences: [`${said}; the workspace holds no policy of this principal to compare with.`] };
  if (!layer || (role !== 'identity' && !evaluation.statements.some((s) => s.role === role))) {
    return { cause, sentences: [`${said}, and the workspace holds no ${stated.policyType} for this request: the likely cause is ${ELSEWHERE[stated.policyType]}.`] };
  }
  if (stated.kind === 'explicitDeny') {
    const denies = evaluation.deciding.filter((s) => s.role === role && s.effect === 'Deny' && s.applies);
    if (denies.length > 0) return { cause, sentences: [`${said}; the workspace agrees: ${denies.map((d) => `${statementLabel(d)} (${located(d)})`).join(', ')} denies it.`] };
    return { cause, sentences: [`${said}, but no ${stated.policyType} of this workspace denies it: the deny is in ${ELSEWHERE[stated.policyType]}, or the deployed policy differs from this workspace.`] };
  }
  if (layer.decision === 'allowed') {
    const allows = evaluation.statements.filter((s) => s.role === role && s.applies && s.effect === 'Allow');
    const where = allows.map((s) => `${statementLabel(s)} (${located(s)})`).join(', ');
    return { cause, sentences: [`${said}, but ${where} allows it: the deployed ${stated.policyType} differs from this workspace (deploy it, or check that the call was made as this principal).`] };
  }
  return { cause, sentences: [`${said}; the workspace agrees.`] };
}

/** The older message form without a reason (or CloudTrail without one): the cause is what the workspace decides. */
function fromEvaluation(evaluation: Evaluation, located: (r: StatementResult) => string): Comparison {
  if (evaluation.decision === 'explicitDeny') {
    const deny = evaluation.deciding[0];
    return { cause: deny ? CAUSE_OF_ROLE[deny.role] : 'none', sentences: deny ? [`The workspace denies it explicitly: ${statementLabel(deny)} (${located(deny)}).`] : [] };
  }
  if (evaluation.decision === 'implicitDeny') {
    const failing = (['scp', 'permissionsBoundary', 'identity'] as PolicyRole[]).find((role) => evaluation.roles.some((r) => r.role === role && r.decision !== 'allowed'));
    return { cause: failing ? CAUSE_OF_ROLE[failing] : 'identity-policy', sentences: ['The workspace denies it too: nothing allows it.'] };
  }
  return {
    cause: 'none',
    sentences: [
      'The workspace allows this request, so the denial comes from something it does not hold: a service control policy, a permissions boundary, a session policy, a resource-based policy, or deployed policies that differ from this workspace.',
    ],
  };
}

function article(words: string): string {
  return /^[aeiou]/i.test(words) ? 'an' : 'a';
}
