import type { Catalog, ServiceInfo } from '../catalog/catalog';
import { GLOBAL_KEYS, isMultivalued, type GlobalKey } from './globalKeys';
import { TextMemo } from '../text/textMemo';

/**
 * Resolves a condition key name to what AWS knows about it: a global key (aws:SourceIp, tag forms
 * such as aws:ResourceTag/team), a service key from the catalog (connect:InstanceId, pattern keys such
 * as s3:ExistingObjectTag/<key>), or a federation key (saml:aud, accounts.google.com:sub) that the
 * reference lists under sts. Key names are case-insensitive in IAM.
 */

export interface ResolvedKey {
  /** The name as written. */
  written: string;
  /** The canonical name (for pattern keys, the pattern: "aws:ResourceTag/${TagKey}"). */
  name: string;
  type: string;
  multivalued: boolean;
  scope: 'global' | 'service';
  description: string;
  /** When AWS includes the key in a request (global keys only). */
  presence?: string;
  global?: GlobalKey;
  /** The service prefix of a service key. */
  service?: string;
  /** For pattern keys, the part the user wrote in place of the placeholder ("team"). */
  variablePart?: string;
}

interface KeyEntry {
  name: string;
  type: string;
  description: string;
  global?: GlobalKey;
}

interface PatternEntry extends KeyEntry {
  /** Lower-case text before and after the placeholder. */
  head: string;
  tail: string;
}

interface KeyIndex {
  exact: Map<string, KeyEntry>;
  patterns: PatternEntry[];
}

const LITERAL_TAG_PLACEHOLDER = '/tag-key';

/** "${TagKey}", "<key>", a final "/tag-key" or any other placeholder the reference writes in a key name. */
function placeholderSpan(name: string): [number, number] | undefined {
  if (name.toLowerCase().endsWith(LITERAL_TAG_PLACEHOLDER)) return [name.length - LITERAL_TAG_PLACEHOLDER.length + 1, name.length];
  const dollar = name.indexOf('${');
  if (dollar >= 0) {
    const end = name.indexOf('}', dollar);
    if (end > dollar) return [dollar, end + 1];
  }
  const angle = name.indexOf('<');
  if (angle >= 0) {
    const end = name.indexOf('>', angle);
    if (end > angle) return [angle, end + 1];
  }
  return undefined;
}

/** For a pattern key name, the text before its placeholder ("aws:ResourceTag/"); undefined for a plain name. */
export function patternStem(name: string): string | undefined {
  const span = placeholderSpan(name);
  return span ? name.slice(0, span[0]) : undefined;
}

function buildIndex(entries: KeyEntry[]): KeyIndex {
  const index: KeyIndex = { exact: new Map(), patterns: [] };
  for (const entry of entries) {
    const span = placeholderSpan(entry.name);
    if (span) index.patterns.push({ ...entry, head: entry.name.slice(0, span[0]).toLowerCase(), tail: entry.name.slice(span[1]).toLowerCase() });
    else index.exact.set(entry.name.toLowerCase(), entry);
  }
  return index;
}

function lookup(index: KeyIndex, written: string): { entry: KeyEntry; variablePart?: string } | undefined {
  const lower = written.toLowerCase();
  const exact = index.exact.get(lower);
  if (exact) return { entry: exact };
  for (const p of index.patterns) {
    if (lower.length > p.head.length + p.tail.length && lower.startsWith(p.head) && lower.endsWith(p.tail)) {
      return { entry: p, variablePart: written.slice(p.head.length, written.length - p.tail.length) };
    }
  }
  return undefined;
}

const GLOBAL_INDEX = buildIndex(GLOBAL_KEYS.map((g) => ({ name: g.name, type: g.type, description: g.description, global: g })));
const serviceIndexes = new WeakMap<ServiceInfo, KeyIndex>();

function serviceIndex(service: ServiceInfo): KeyIndex {
  let index = serviceIndexes.get(service);
  if (!index) {
    index = buildIndex(service.conditionKeys().map((k) => ({ name: k.key, type: k.type, description: k.description })));
    serviceIndexes.set(service, index);
  }
  return index;
}

function resolved(written: string, found: { entry: KeyEntry; variablePart?: string }, service?: string): ResolvedKey {
  const { entry, variablePart } = found;
  return {
    written,
    name: entry.name,
    type: entry.type,
    multivalued: isMultivalued(entry.type),
    scope: entry.global ? 'global' : 'service',
    description: entry.global?.description ?? entry.description,
    presence: entry.global?.presence,
    global: entry.global,
    service,
    variablePart,
  };
}

/** The prefix of a key name ("aws", "connect", "saml", "accounts.google.com"), lower-case. */
function keyPrefix(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? '' : key.slice(0, colon).toLowerCase();
}

const resolvedCache = new WeakMap<Catalog, TextMemo<ResolvedKey | undefined>>();

/** Resolves a key; undefined when neither the global keys nor the catalog know it. Cached per catalog. */
export function resolveConditionKey(catalog: Catalog, key: string): ResolvedKey | undefined {
  let cache = resolvedCache.get(catalog);
  if (!cache) {
    cache = new TextMemo(4096);
    resolvedCache.set(catalog, cache);
  }
  // The resolved key holds the name as written: resolved from a copy, so that the memo does not hold the document.
  return cache.getOrCompute(key, (copy) => resolveUncached(catalog, copy));
}

function resolveUncached(catalog: Catalog, key: string): ResolvedKey | undefined {
  const global = lookup(GLOBAL_INDEX, key);
  if (global) return resolved(key, global);
  const prefix = keyPrefix(key);
  if (prefix === '' || prefix === 'aws') return undefined;
  const service = catalog.service(prefix);
  if (service) {
    const found = lookup(serviceIndex(service), key);
    if (found) return resolved(key, found, service.prefix);
    // The reference lists a few keys under a sibling service: ec2:osuser under ec2-instance-connect,
    // iot:JobId under iotjobsdata.
    for (const sibling of catalog.servicePrefixes()) {
      if (sibling === service.prefix || !sibling.startsWith(service.prefix)) continue;
      const other = catalog.service(sibling);
      const inSibling = other && lookup(serviceIndex(other), key);
      if (inSibling) return resolved(key, inSibling, prefix);
    }
    return undefined;
  }
  // Web identity and SAML keys (saml:aud, accounts.google.com:sub, ...) are listed under sts.
  const sts = catalog.service('sts');
  const found = sts && lookup(serviceIndex(sts), key);
  return found ? resolved(key, found, 'sts') : undefined;
}

/** True for keys AWS sets only for the actions that list them: service keys, and aws:RequestTag/aws:TagKeys. */
export function isActionScoped(key: ResolvedKey): boolean {
  return key.scope === 'service' || key.global?.actionScoped === true;
}

/** What a key's prefix says before any lookup: no prefix, a service, or one no service has. */
export type KeyPrefixKind = 'none' | 'known' | 'unknown-service' | 'provider';

/**
 * Every condition key is written prefix:name. The prefix is aws, a service prefix, or an identity
 * provider's host name (token.actions.githubusercontent.com:sub, accounts.google.com:aud,
 * oidc.eks.us-east-1.amazonaws.com/id/ABC:sub): those have a dot or a slash, service prefixes never do.
 */
export function keyPrefixKind(catalog: Catalog, key: string): KeyPrefixKind {
  const colon = key.indexOf(':');
  if (colon <= 0) return 'none';
  const prefix = key.slice(0, colon).toLowerCase();
  if (prefix === 'aws' || catalog.hasService(prefix)) return 'known';
  return /[./]/.test(prefix) ? 'provider' : 'unknown-service';
}

/**
 * True when we can tell an unknown key from a valid one: any key but an identity provider's, whose
 * keys we cannot list.
 */
export function isCheckableKey(catalog: Catalog, key: string): boolean {
  return keyPrefixKind(catalog, key) !== 'provider';
}

/** Every key name the user could mean, for did-you-mean: the global keys and the key's service's keys. */
export function candidateKeyNames(catalog: Catalog, key: string): string[] {
  const names = GLOBAL_KEYS.map((g) => g.name);
  const service = catalog.service(keyPrefix(key));
  if (service && service.prefix !== 'aws') names.push(...service.conditionKeys().map((k) => k.key));
  return names;
}

const nameMatchers = new Map<string, (lowerKey: string) => boolean>();

/** True when a key as written matches a catalog key name (exactly or as its pattern), ignoring case. */
export function keyMatchesName(name: string, key: string): boolean {
  let matcher = nameMatchers.get(name);
  if (!matcher) {
    const span = placeholderSpan(name);
    if (span) {
      const head = name.slice(0, span[0]).toLowerCase();
      const tail = name.slice(span[1]).toLowerCase();
      matcher = (k) => k.length > head.length + tail.length && k.startsWith(head) && k.endsWith(tail);
    } else {
      const lower = name.toLowerCase();
      matcher = (k) => k === lower;
    }
    nameMatchers.set(name, matcher);
  }
  return matcher(key.toLowerCase());
}
