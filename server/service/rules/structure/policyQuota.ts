import { findNodeAtLocation } from 'jsonc-parser';
import type { ParsedDocument } from '../../document/parsedDocument';
import { propertiesOf, stringEntries, valueOf, type PolicyView } from '../../document/policyView';

/**
 * The size quota a policy counts against, from where it sits. Figures from the IAM User Guide, "IAM and
 * AWS STS quotas": a managed policy 6,144 characters; all inline policies of one role together 10,240,
 * of a user 2,048, of a group 5,120; a role trust policy 2,048 by default (adjustable to 8,192).
 */
export interface PolicyQuota {
  limit: number;
  /** How the message names it: "a managed policy", "the inline policies of a role", ... */
  what: string;
  /** Policies whose sizes add up against the limit (all inline policies of one CloudFormation role). */
  shared: boolean;
  /** What to do about it. */
  advice: string;
}

const MANAGED: PolicyQuota = { limit: 6144, what: 'a managed policy', shared: false, advice: 'Split it into several managed policies.' };
const TRUST: PolicyQuota = {
  limit: 2048,
  what: 'a role trust policy by default',
  shared: false,
  advice: 'Shorten it, or ask for a quota increase (up to 8,192).',
};
const MOVE = 'Move part of it into a managed policy.';
const INLINE = {
  role: { limit: 10240, what: 'the inline policies of a role, together', shared: true, advice: MOVE },
  user: { limit: 2048, what: 'the inline policies of a user, together', shared: true, advice: MOVE },
  group: { limit: 5120, what: 'the inline policies of a group, together', shared: true, advice: MOVE },
} satisfies Record<string, PolicyQuota>;

/** Resource types whose Policies property holds the identity's inline policies. */
const INLINE_POLICIES: Record<string, PolicyQuota> = {
  'AWS::IAM::Role': INLINE.role,
  'AWS::IAM::User': INLINE.user,
  'AWS::IAM::Group': INLINE.group,
};
/** Resource types that are one inline policy of one identity. */
const ONE_INLINE: Record<string, PolicyQuota> = {
  'AWS::IAM::RolePolicy': INLINE.role,
  'AWS::IAM::UserPolicy': INLINE.user,
  'AWS::IAM::GroupPolicy': INLINE.group,
};

export function quotaOf(doc: ParsedDocument, policy: PolicyView): PolicyQuota | undefined {
  const placement = policy.cloudFormation;
  if (!placement) {
    // A policy file of its own is a managed policy unless it is a trust policy; other resource-based
    // policies have their service's quota, which is not known here. CLI output and the like: unknown.
    if (policy.home !== 'root') return undefined;
    if (policy.kind === 'identity') return MANAGED;
    return isTrustPolicy(policy) ? TRUST : undefined;
  }
  const { resourceType, property } = placement;
  if (property === 'AssumeRolePolicyDocument') return TRUST;
  if (property === 'Policies') return INLINE_POLICIES[resourceType];
  if (property !== 'PolicyDocument') return undefined;
  if (resourceType === 'AWS::IAM::ManagedPolicy') return MANAGED;
  if (resourceType === 'AWS::IAM::Policy') return attachedInlineQuota(doc, policy);
  return ONE_INLINE[resourceType];
}

/** AWS::IAM::Policy is inline in each of its Roles, Users and Groups: the smallest of their quotas applies. */
function attachedInlineQuota(doc: ParsedDocument, policy: PolicyView): PolicyQuota | undefined {
  const properties = doc.root ? findNodeAtLocation(doc.root, policy.path.slice(0, -1)) : undefined;
  if (properties?.type !== 'object') return undefined;
  const props = propertiesOf(properties);
  const attached = (name: string) => (valueOf(props.get(name))?.children?.length ?? 0) > 0;
  if (attached('Users')) return { ...INLINE.user, shared: false };
  if (attached('Groups')) return { ...INLINE.group, shared: false };
  if (attached('Roles')) return { ...INLINE.role, shared: false };
  return undefined;
}

const TRUST_ACTION = /^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext)$/i;

/** Every action of every statement is one a role trust policy grants. */
function isTrustPolicy(policy: PolicyView): boolean {
  const actions = policy.statements.flatMap((s) => stringEntries(s.action));
  return actions.length > 0 && actions.every((entry) => entry.text !== undefined && TRUST_ACTION.test(entry.text));
}
