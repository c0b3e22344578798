import type { Catalog, ServiceInfo } from '../../catalog/catalog';
import { wildcardToRegExp } from '../../text/wildcard';

/**
 * Action names of a service that an IAM wildcard matches (case-insensitively, as IAM compares
 * actions). Results are kept per service and pattern: a pattern is matched against the service's
 * actions once, not on every keystroke.
 */
const matches = new WeakMap<ServiceInfo, Map<string, readonly string[]>>();
const MAX_PATTERNS_PER_SERVICE = 500;

export function actionsMatching(service: ServiceInfo, namePattern: string): readonly string[] {
  let byPattern = matches.get(service);
  if (!byPattern) {
    byPattern = new Map();
    matches.set(service, byPattern);
  }
  const key = namePattern.toLowerCase();
  let found = byPattern.get(key);
  if (!found) {
    const regexp = wildcardToRegExp(namePattern, { caseInsensitive: true });
    found = service.actionNames.filter((name) => regexp.test(name));
    if (byPattern.size >= MAX_PATTERNS_PER_SERVICE) byPattern.clear();
    byPattern.set(key, found);
  }
  return found;
}

/** Service prefixes that a wildcard prefix ("s3*", "connect?") matches, without loading any service. */
export function servicesMatching(catalog: Catalog, prefixPattern: string): string[] {
  const regexp = wildcardToRegExp(prefixPattern, { caseInsensitive: true });
  return catalog.servicePrefixes().filter((prefix) => regexp.test(prefix));
}
