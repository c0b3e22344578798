import { IAMClient } from '@aws-sdk/client-iam';
import { DEFAULT_REGION, DEFAULT_TIMEOUT_MS, type SimulatorSettings } from './types';

/**
 * An IAM client for the simulator calls. Credentials come from the SDK's default provider chain
 * (environment, SSO, ~/.aws files, process, web identity, container and instance metadata), read
 * for `profile` when one is set. No logger is passed: the SDK then logs nothing, so no request,
 * header or credential can reach a log.
 */
export function createIamClient(settings: SimulatorSettings): IAMClient {
  // The SDK warns on every start that Node 20 will lose support; the Node version is the editor's, not the user's choice.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const timeout = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new IAMClient({
    region: settings.region || DEFAULT_REGION,
    profile: settings.profile || undefined,
    endpoint: settings.endpoint || undefined,
    credentials: settings.credentials,
    maxAttempts: settings.maxAttempts ?? 3,
    requestHandler: { connectionTimeout: timeout, requestTimeout: timeout },
  });
}

/** The host calls go to, for messages: the configured endpoint or IAM's global one. */
export function iamHost(settings: SimulatorSettings): string {
  if (!settings.endpoint) return 'iam.amazonaws.com';
  try {
    return new URL(settings.endpoint).host;
  } catch {
    return settings.endpoint;
  }
}
