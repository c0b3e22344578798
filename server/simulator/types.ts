import type { IAMClientConfig } from '@aws-sdk/client-iam';
import type { AccessRequest, Decision } from '../service/evaluator/types';

/** How to reach AWS's IAM policy simulator; built from the `connectIam.aws.*` settings. */
export interface SimulatorSettings {
  /** A profile from ~/.aws/config; undefined means the SDK's default provider chain as is. */
  profile?: string;
  /** Defaults to us-east-1: IAM is global, any commercial region reaches it. */
  region?: string;
  /** Overrides the IAM endpoint (a VPC endpoint, or a loopback server in tests). */
  endpoint?: string;
  /** Fixed credentials instead of the provider chain (tests only). */
  credentials?: IAMClientConfig['credentials'];
  /** How long one simulator call may take, retries included, in milliseconds. */
  timeoutMs?: number;
  /** SDK attempts per call (retries throttling and network errors with backoff). */
  maxAttempts?: number;
}

export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_TIMEOUT_MS = 30_000;

/** One request to ask AWS about, with a label to show (an assertion's name, say). */
export interface SimulationCase {
  label: string;
  request: AccessRequest;
}

/** The policies AWS should evaluate, as the JSON text it accepts (no comments, no trailing commas). */
export interface CustomPolicyInput {
  kind: 'custom';
  /** Identity policies (PolicyInputList); at least one. */
  identity: SubmittedPolicy[];
  permissionsBoundary?: SubmittedPolicy[];
}

/** The policies attached to a deployed role or user, as AWS holds them. */
export interface PrincipalPolicyInput {
  kind: 'principal';
  /** The role or user ARN (PolicySourceArn). */
  principalArn: string;
}

export type SimulationInput = CustomPolicyInput | PrincipalPolicyInput;

/** A policy as sent to AWS, with what is needed to map AWS's line/column answers back to the source. */
export interface SubmittedPolicy {
  text: string;
  /** The document the text was cut from, and where it starts there. */
  uri?: string;
  sourceOffset: number;
}

/** A position in a submitted policy as AWS reports it (1-based line and column). */
export interface AwsPosition {
  line: number;
  column: number;
}

/** One statement AWS says decided the request. */
export interface AwsMatchedStatement {
  sourcePolicyId?: string;
  sourcePolicyType?: string;
  start?: AwsPosition;
  end?: AwsPosition;
  /** Where the statement starts in the source document, when it came from a submitted policy. */
  source?: { uri?: string; offset: number };
}

/** AWS's answer for one case. */
export interface AwsAnswer {
  decision: Decision;
  matchedStatements: AwsMatchedStatement[];
  missingContextValues: string[];
  /** false when a permissions boundary AWS evaluated does not allow the action. */
  allowedByPermissionsBoundary?: boolean;
  /** false when the account's service control policies deny the action (principal simulations). */
  allowedByOrganizations?: boolean;
}

export interface CaseResult {
  case: SimulationCase;
  answer: AwsAnswer;
}
