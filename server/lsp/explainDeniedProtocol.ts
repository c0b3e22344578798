import type { DenialCause } from '../service/accessDenied/types';
import type { Decision } from '../service/evaluator/types';
import type { Range } from '../service/text/lineIndex';

/**
 * The custom request behind "Connect IAM: Explain an AccessDenied error...", shared by the server and
 * the client (the client imports these types only).
 */

export const EXPLAIN_DENIED_REQUEST = 'connectIam/explainAccessDenied';

export interface ExplainDeniedParams {
  /** The pasted error message, JSON error body, or CloudTrail JSON. */
  text: string;
}

/** A place in a workspace file, to open. */
export interface FilePlace {
  uri: string;
  range: Range;
}

export interface ExplainedDenial {
  /** "connect:StartChatContact: implicitDeny (identity-policy)" */
  summary: string;
  decision?: Decision;
  cause: DenialCause;
  /** The first deciding statement, to open at. */
  deciding?: FilePlace;
  /** The principal's role or user as found, when no statement decided. */
  principal?: FilePlace;
  /** The role or user ARN AWS's simulator can evaluate as deployed. */
  simulatorPrincipal?: string;
}

export interface ExplainDeniedResult {
  calls: ExplainedDenial[];
  /** The whole answer as plain text, for an output channel. */
  text: string;
  /** Why nothing could be explained. */
  error?: string;
}
