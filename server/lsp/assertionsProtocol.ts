import type { TypedRequest } from './explainProtocol';

/**
 * The custom request and client commands behind "Connect IAM: Check with the AWS IAM policy
 * simulator" and the assertion CodeLens, shared by the server and the client.
 */

export const SIMULATE_REQUEST = 'connectIam/simulate';

/** Client commands: ask AWS's simulator (argument: a policy or tests file uri), and open a statement (uri, range). */
export const SIMULATOR_COMMAND = 'connectIam.checkWithSimulator';
export const REVEAL_COMMAND = 'connectIam.revealRange';

export interface SimulateParams {
  /** A policy file (its assertions are checked) or a tests file (all of its assertions). */
  uri: string;
  /** Simulate this deployed role or user (SimulatePrincipalPolicy) instead of the file's policy. */
  principalArn?: string;
  /** A request to check instead of the assertions (asked from the person when there are none). */
  request?: TypedRequest;
  /** The `connectIam.aws` settings. */
  aws: { profile?: string; region?: string; endpoint?: string };
  /** LSP work-done progress token, for per-request progress. */
  workDoneToken?: string | number;
}

export interface SimulateResult {
  /** The report: AWS's answers beside Connect IAM's, disagreements first, and any failure. */
  text: string;
  agreed: number;
  disagreed: number;
  /** Set when the run stopped early: its kind and the sentence to show. */
  failure?: { kind: string; message: string };
  /** Set when there was nothing to send (no assertions, a policy AWS cannot read). */
  error?: string;
}
