import type { PolicyView } from '../document/policyView';

/**
 * The public contract of the offline access evaluator. The decision words are those of AWS's IAM
 * policy simulator (EvalDecision): `allowed`, `explicitDeny`, `implicitDeny`.
 */
export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** One API call to decide. */
export interface AccessRequest {
  /** "service:Action"; compared case-insensitively. */
  action: string;
  /** The resource ARN the action is authorized against, or "*" for actions without a resource type. */
  resource: string;
  /** The calling principal's ARN; used by Principal/NotPrincipal of resource policies. */
  principal?: string;
  /** Request context: condition key (case-insensitive) -> value or values. An absent key is missing. */
  context?: Record<string, string | string[]>;
}

/** A policy to evaluate: its parsed view (offsets refer to the document at `uri`) and a display name. */
export interface PolicyInput {
  name: string;
  /** The document the policy view was parsed from, so explanations can point into it. */
  uri?: string;
  policy: PolicyView;
}

/** The kinds of policy AWS combines for one request. */
export type PolicyRole = 'identity' | 'resource' | 'permissionsBoundary' | 'scp';

/**
 * Every policy that applies to the request. Same-account semantics: the identity policies or the
 * resource policy may allow; a permissions boundary and the SCPs, when given, must also allow.
 * All SCPs given are treated as attached at one level (their allows are unioned).
 */
export interface PolicySet {
  identity: PolicyInput[];
  resource?: PolicyInput[];
  permissionsBoundary?: PolicyInput[];
  scps?: PolicyInput[];
}

/** A span in a policy document, for editors to point at. */
export interface SourceSpan {
  uri?: string;
  offset: number;
  length: number;
}

/** Which element kept a statement from applying. */
export type MismatchElement = 'effect' | 'principal' | 'action' | 'resource' | 'condition';

export interface StatementResult {
  role: PolicyRole;
  policyName: string;
  uri?: string;
  /** Index in the Statement array (0 for a single-object Statement). */
  statementIndex: number;
  sid?: string;
  /** The statement's Effect; statements with an invalid Effect never apply. */
  effect: 'Allow' | 'Deny' | string;
  applies: boolean;
  /** When it does not apply: the element that failed first. */
  failedElement?: MismatchElement;
  /** When it does not apply: the first reason, as a sentence. */
  reason?: string;
  /** The whole statement. */
  statementSpan: SourceSpan;
  /** The deciding node: the statement when it applies, else the failing entry (Resource, Condition key, ...). */
  span: SourceSpan;
}

export interface RoleDecision {
  role: PolicyRole;
  decision: Decision;
}

export interface Evaluation {
  decision: Decision;
  /** Every statement of every policy, in set order (identity, resource, boundary, SCPs). */
  statements: StatementResult[];
  /** Why the decision is what it is, in sentences (the deciding statements, or why nothing allowed). */
  reasons: string[];
  /**
   * The statements that decided: the applying Deny statements for explicitDeny, the applying Allow
   * statements for allowed; for implicitDeny, the Allow statements that came closest (matched the
   * action but failed on the resource or a condition, else every Allow) of the policies that failed to allow.
   */
  deciding: StatementResult[];
  /** The decision of each kind of policy given. */
  roles: RoleDecision[];
}
