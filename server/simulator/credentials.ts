import { describeFailure, type SimulatorFailure } from './errors';
import { createIamClient, iamHost } from './iamClient';
import { DEFAULT_TIMEOUT_MS, type SimulatorSettings } from './types';

/**
 * Resolves the credentials a simulator call would sign with, without calling AWS, so that a person
 * hears "no credentials" before being asked which policies and requests to check. Undefined when
 * there are credentials; otherwise the failure in the words the simulator run would use.
 */
export async function checkCredentials(settings: SimulatorSettings): Promise<SimulatorFailure | undefined> {
  const client = createIamClient(settings);
  try {
    await client.config.credentials();
    return undefined;
  } catch (error) {
    return describeFailure(error, {
      operation: 'SimulateCustomPolicy',
      profile: settings.profile,
      host: iamHost(settings),
      timeoutMs: settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      cancelled: false,
      timedOut: false,
    });
  } finally {
    client.destroy();
  }
}
