import type { Catalog } from '../../catalog/catalog';
import { wildcardToRegExp } from '../../text/wildcard';

/** Service prefixes that a wildcard prefix ("s3*", "connect?") matches, without loading any service. */
export function servicesMatching(catalog: Catalog, prefixPattern: string): string[] {
  const regexp = wildcardToRegExp(prefixPattern, { caseInsensitive: true });
  return catalog.servicePrefixes().filter((prefix) => regexp.test(prefix));
}
