/**
 * Most evaluations are never shown (a tests file prints only its failures), so a costly explanation
 * becomes an enumerable getter that builds the value once, on first read; JSON and spreads still see a
 * plain value.
 */
export function readOnFirstUse<T extends object, K extends keyof T>(target: T, key: K, build: () => T[K]): void {
  let value: T[K] | undefined;
  let built = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!built) {
        value = build();
        built = true;
      }
      return value;
    },
  });
}
