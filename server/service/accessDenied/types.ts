import type { AccessRequest, Decision, Evaluation, PolicySet } from '../evaluator/types';
import type { TextDocumentInput } from '../document/parsedDocument';

/**
 * The contract of "why AccessDenied": what the person pasted (an error message or CloudTrail JSON),
 * the workspace's documents, and the answer for each denied call found in the input.
 */

/**
 * The policy kind AWS names in the message ("because no identity-based policy allows", "with an
 * explicit deny in a service control policy"), from the IAM User Guide's access denied messages.
 */
export type PolicyTypeNamed =
  | 'identity-based policy'
  | 'resource-based policy'
  | 'permissions boundary'
  | 'session policy'
  | 'service control policy'
  | 'resource control policy'
  | 'VPC endpoint policy';

/** AWS's stated reason: an explicit deny in, or no Allow from, one kind of policy; absent in the older form. */
export interface StatedReason {
  kind: 'explicitDeny' | 'implicitDeny';
  policyType: PolicyTypeNamed;
  /** The denying policy's ARN, when the message names it (access denied messages with an authorization ID). */
  policyArn?: string;
}

/** What one AccessDenied message says. */
export interface ParsedMessage {
  /** The exception name from an SDK or CLI prefix or a JSON body ("AccessDeniedException"). */
  errorCode?: string;
  /** The API operation from "when calling the X operation". */
  operation?: string;
  principal?: string;
  action?: string;
  /** Exactly as AWS printed it (encoded characters included). */
  resource?: string;
  reason?: StatedReason;
  /** The message text without the SDK's prefix. */
  text: string;
}

/** Where the input came from. */
export type InputKind = 'message' | 'cloudtrail';

/** What the cause is, as the JSON output names it. */
export type DenialCause =
  | 'identity-policy'
  | 'scp'
  | 'rcp'
  | 'permissions-boundary'
  | 'resource-policy'
  | 'session-policy'
  | 'vpc-endpoint-policy'
  | 'none'
  | 'not-iam';

/** Policies named on the command line (or by the editor), added to what the workspace holds. */
export interface GivenPolicies {
  identity?: TextDocumentInput[];
  scps?: TextDocumentInput[];
  boundary?: TextDocumentInput[];
  /** With `replace`, given identity policies replace the ones found in the workspace instead of adding to them. */
  replaceIdentity?: boolean;
}

export interface AccessDeniedInput {
  /** The pasted error message, JSON error body, or CloudTrail JSON (one event, Records, or lookup-events output). */
  text: string;
  /** The workspace's documents to search for the principal's policies (templates, policy files). */
  workspace: TextDocumentInput[];
  given?: GivenPolicies;
}

/** A statement that decided, or the file that holds the principal's policies, to point at. */
export interface PolicyPlace {
  uri: string;
  offset: number;
  length: number;
  label: string;
}

/** The answer for one denied call. */
export interface DeniedCall {
  source: InputKind;
  /** The request as AWS would have seen it; undefined when the input does not name the action. */
  request?: AccessRequest;
  stated?: StatedReason;
  /** The principal's role or user as found in the workspace ("ChatBackendRole in templates/chat.json"), if found. */
  principalFound: PolicyPlace[];
  /** The policies the request was evaluated against (for a second opinion from AWS's simulator). */
  policies?: PolicySet;
  /** The workspace's decision on the request; undefined when there was nothing to evaluate. */
  evaluation?: Evaluation;
  decision?: Decision;
  cause: DenialCause;
  /** The answer, in sentences, most important first. */
  explanation: string[];
  /** Values the input did not give and how they were treated (missing context keys, unresolved intrinsics). */
  missing: string[];
  /** Values filled in that the input did not state (the region from the ARN, a direct call). */
  assumed: string[];
  /** The statements that decided (see Evaluation.deciding), in the documents they came from. */
  deciding: PolicyPlace[];
}

export interface AccessDeniedExplanation {
  input: InputKind;
  calls: DeniedCall[];
  /** Why nothing could be explained (the text is neither an AccessDenied message nor CloudTrail). */
  error?: string;
  /** Workspace files that could not be read as documents, so were not searched (never counted as clean). */
  unread: string[];
}
