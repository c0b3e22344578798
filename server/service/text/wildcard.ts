/**
 * IAM wildcards: `*` matches any run of characters (including none), `?` matches exactly one; every
 * other character is literal. Actions and condition keys compare case-insensitively, ARNs and most
 * condition values case-sensitively, so callers choose.
 */

export interface WildcardOptions {
  caseInsensitive?: boolean;
}

/** Compiled patterns are reused across keystrokes; the bound keeps a pathological document from growing it forever. */
const MAX_CACHED = 2000;
const cache = new Map<string, RegExp>();

const REGEXP_SPECIAL = /[.+^${}()|[\]\\/-]/g;

/** True when the pattern holds `*` or `?` (it is not a plain name). */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** The anchored RegExp for an IAM wildcard pattern; compiled once per pattern and case mode. */
export function wildcardToRegExp(pattern: string, options: WildcardOptions = {}): RegExp {
  const caseInsensitive = options.caseInsensitive === true;
  const key = (caseInsensitive ? 'i:' : 's:') + pattern;
  let regexp = cache.get(key);
  if (regexp) return regexp;
  let source = '^';
  for (const part of pattern.split(/([*?])/)) {
    if (part === '*') source += '.*';
    else if (part === '?') source += '.';
    else source += part.replace(REGEXP_SPECIAL, '\\$&');
  }
  // `s` so that `*` also spans line breaks, which a JSON string may hold as \n.
  regexp = new RegExp(`${source}$`, caseInsensitive ? 'is' : 's');
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, regexp);
  return regexp;
}

/** Whether `value` matches the IAM wildcard `pattern` as a whole. */
export function matchesWildcard(pattern: string, value: string, caseInsensitive = false): boolean {
  if (!hasWildcard(pattern)) {
    return caseInsensitive ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  }
  return wildcardToRegExp(pattern, { caseInsensitive }).test(value);
}
