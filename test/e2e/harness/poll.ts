// Waiting with a deadline instead of sleeping: probe until it answers, or fail saying what was last seen.
import { setTimeout as delay } from 'node:timers/promises';

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  { timeoutMs = 30_000, intervalMs = 200, lastSeen }: { timeoutMs?: number; intervalMs?: number; lastSeen?: () => Promise<string> | string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const seen = lastSeen ? `\nlast seen: ${await lastSeen()}` : '';
      const cause = lastError instanceof Error ? `\nlast error: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}${cause}`);
    }
    await delay(intervalMs);
  }
}
