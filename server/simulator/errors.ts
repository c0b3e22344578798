import { redactSecrets } from './redact';

export type SimulatorOperation = 'SimulateCustomPolicy' | 'SimulatePrincipalPolicy';

export type SimulatorFailureKind =
  | 'noCredentials'
  | 'expiredCredentials'
  | 'invalidCredentials'
  | 'network'
  | 'timeout'
  | 'throttled'
  | 'accessDenied'
  | 'invalidInput'
  | 'cancelled'
  | 'unknown';

/** A failed simulator run, with the sentence to show the person. */
export interface SimulatorFailure {
  kind: SimulatorFailureKind;
  message: string;
  /** AWS's error code or Node's network error code, when there is one. */
  code?: string;
}

/** What the message needs to know about the run that failed. */
export interface FailureContext {
  operation: SimulatorOperation;
  profile?: string;
  /** The host the SDK talked to (iam.amazonaws.com, or a configured endpoint). */
  host: string;
  timeoutMs: number;
  /** The person cancelled the run. */
  cancelled: boolean;
  /** The run's deadline passed. */
  timedOut: boolean;
}

const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const INVALID = new Set(['InvalidClientTokenId', 'SignatureDoesNotMatch', 'UnrecognizedClientException', 'IncompleteSignature', 'InvalidAccessKeyId']);
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded']);
const DENIED = new Set(['AccessDenied', 'AccessDeniedException']);
const INPUT = new Set(['InvalidInput', 'MalformedPolicyDocument', 'NoSuchEntity', 'PolicyEvaluation', 'ValidationError']);
const NETWORK = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED']);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

const OFFLINE_STILL_HOLDS = "Connect IAM's offline answers do not need AWS and are unaffected.";

/** Turns whatever the SDK threw into one clear, secret-free sentence. */
export function describeFailure(error: unknown, context: FailureContext): SimulatorFailure {
  if (context.cancelled) return { kind: 'cancelled', message: 'Cancelled: the check with AWS was stopped before it finished.' };
  const { name, code, message } = errorFacts(error);
  const awsSays = message ? ` AWS said: ${redactSecrets(message)}` : '';
  const profile = context.profile ? `profile "${context.profile}"` : 'the default credential chain';
  const permission = `iam:${context.operation}`;

  if (context.timedOut || TIMEOUT.has(name) || TIMEOUT.has(code)) {
    return { kind: 'timeout', code: code || name, message: `AWS IAM at ${context.host} did not answer within ${Math.round(context.timeoutMs / 1000)} s. Check the network or proxy and run the check again. ${OFFLINE_STILL_HOLDS}` };
  }
  if (name === 'CredentialsProviderError' || name === 'ProviderError' || name === 'TokenProviderError') {
    if (/expired|refresh/i.test(message)) {
      return { kind: 'expiredCredentials', code: name, message: `The AWS credentials from ${profile} have expired. Sign in again (for SSO: \`aws sso login${context.profile ? ` --profile ${context.profile}` : ''}\`) and run the check again.` };
    }
    return {
      kind: 'noCredentials',
      code: name,
      message: `No AWS credentials were found for ${profile}, so AWS's simulator was not called. Set "connectIam.aws.profile" to a profile in ~/.aws/config, sign in with \`aws sso login\`, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, then run the check again. ${OFFLINE_STILL_HOLDS}`,
    };
  }
  if (EXPIRED.has(name) || EXPIRED.has(code)) {
    return { kind: 'expiredCredentials', code: code || name, message: `The AWS credentials from ${profile} have expired (${code || name}). Refresh them (for SSO: \`aws sso login${context.profile ? ` --profile ${context.profile}` : ''}\`) and run the check again.` };
  }
  if (INVALID.has(name) || INVALID.has(code)) {
    return { kind: 'invalidCredentials', code: code || name, message: `AWS rejected the credentials from ${profile} (${code || name}): the access key does not exist or its secret is wrong. Check the profile and run the check again.` };
  }
  if (THROTTLED.has(name) || THROTTLED.has(code)) {
    return { kind: 'throttled', code: code || name, message: `AWS throttled the simulator calls (${code || name}) even after retries. Wait a minute and run the check again.` };
  }
  if (DENIED.has(name) || DENIED.has(code)) {
    const resource = context.operation === 'SimulatePrincipalPolicy' ? 'on the role or user being simulated' : 'on "*"';
    return {
      kind: 'accessDenied',
      code: code || name,
      message: `AWS denied the simulator call itself: the identity behind ${profile} needs permission "${permission}" (${resource}). Ask for a policy that allows "${permission}", or use a profile that has it.${awsSays}`,
    };
  }
  if (INPUT.has(name) || INPUT.has(code)) {
    return { kind: 'invalidInput', code: code || name, message: `AWS's simulator rejected the request (${code || name}).${awsSays}` };
  }
  if (NETWORK.has(code) || NETWORK.has(name)) {
    return { kind: 'network', code: code || name, message: `Could not reach AWS IAM at ${context.host} (${code || name}). Check the network connection, proxy or VPN and run the check again. ${OFFLINE_STILL_HOLDS}` };
  }
  return { kind: 'unknown', code: code || name || undefined, message: `The call to AWS's simulator failed (${code || name || 'unknown error'}).${awsSays}` };
}

function errorFacts(error: unknown): { name: string; code: string; message: string } {
  if (typeof error !== 'object' || error === null) return { name: '', code: '', message: String(error) };
  const record = error as { name?: unknown; code?: unknown; Code?: unknown; message?: unknown; cause?: unknown };
  const facts = {
    name: typeof record.name === 'string' ? record.name : '',
    code: typeof record.code === 'string' ? record.code : typeof record.Code === 'string' ? record.Code : '',
    message: typeof record.message === 'string' ? record.message : '',
  };
  // Node wraps some network failures (fetch, AggregateError) with the real code on the cause.
  if (!facts.code && record.cause) facts.code = errorFacts(record.cause).code;
  return facts;
}
