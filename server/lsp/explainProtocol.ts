import type { Position, Range } from '../service/text/lineIndex';
import type { Decision } from '../service/evaluator/types';

/**
 * The custom requests behind "Connect IAM: Explain access...", shared by the server and the client
 * (the client imports these types only).
 */

export const EXPLAIN_REQUEST = 'connectIam/explain';
export const ACTION_NAMES_REQUEST = 'connectIam/actionNames';

/** A request as the person typed it. */
export interface TypedRequest {
  action: string;
  /** An ARN, or "*"; empty means "*". */
  resource: string;
  /** Request context: KEY=VALUE entries; a key given twice is multivalued. */
  context?: string[];
  principal?: string;
}

export interface ExplainParams extends TypedRequest {
  uri: string;
  /** The cursor: picks the policy when the document holds several (CloudFormation). */
  position?: Position;
}

export interface ExplainedStatement {
  label: string;
  effect: string;
  applies: boolean;
  reason?: string;
  /** The statement, for the editor to reveal. */
  range: Range;
  /** The deciding node: the statement when it applies, else the entry that failed. */
  focus: Range;
}

export interface ExplainResult {
  decision?: Decision;
  reasons: string[];
  statements: ExplainedStatement[];
  /** The first deciding statement's focus, to jump to. */
  deciding?: Range;
  /** The whole answer as plain text, for an output channel. */
  text: string;
  /** Why no answer could be given (no policy in the document, say). */
  error?: string;
}

export interface ActionNamesParams {
  /** What the person typed so far: a service prefix, "service:", or part of an action name. */
  query: string;
  /** The policy being explained: its own actions come first while nothing is typed. */
  uri?: string;
}

export interface ActionNameItem {
  /** "connect:StartChatContact" */
  name: string;
  accessLevel: string;
  description: string;
  /** ARN templates of the resource types the action is authorized against ("*" when none). */
  resourceTemplates: string[];
}
