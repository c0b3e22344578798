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
const caseSensitive = new Map<string, RegExp>();
const caseInsensitive = new Map<string, RegExp>();

const REGEXP_SPECIAL = /[.+^${}()|[\]\\/-]/g;

/** True when the pattern holds `*` or `?` (it is not a plain name). */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** The anchored RegExp for an IAM wildcard pattern; compiled once per pattern and case mode. */
export function wildcardToRegExp(pattern: string, options: WildcardOptions = {}): RegExp {
  const ignoreCase = options.caseInsensitive === true;
  const cache = ignoreCase ? caseInsensitive : caseSensitive;
  let regexp = cache.get(pattern);
  if (regexp) return regexp;
  let source = '^';
  for (const part of pattern.split(/([*?])/)) {
    if (part === '*') source += '.*';
    else if (part === '?') source += '.';
    else source += part.replace(REGEXP_SPECIAL, '\\$&');
  }
  // `s` so that `*` also spans line breaks, which a JSON string may hold as \n.
  regexp = new RegExp(`${source}$`, ignoreCase ? 'is' : 's');
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(pattern, regexp);
  return regexp;
}

/**
 * Whether the pattern matches the one-character text "*" (rules ask this of every resource), without
 * compiling a RegExp per resource: only wildcards, with at most one "?" and at least one of them.
 */
function matchesStar(pattern: string): boolean {
  let questions = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '?') questions++;
    else if (ch !== '*') return false;
  }
  return questions <= 1 && pattern.length > 0;
}

/** Lower-casing changes a text's length only for U+0130 (İ), so texts of different lengths without it differ. */
function equalsIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length && !a.includes('\u0130') && !b.includes('\u0130')) return false;
  return a.toLowerCase() === b.toLowerCase();
}

const CASE_INSENSITIVE: WildcardOptions = { caseInsensitive: true };
const CASE_SENSITIVE: WildcardOptions = {};

/** Whether `value` matches the IAM wildcard `pattern` as a whole. */
export function matchesWildcard(pattern: string, value: string, caseInsensitive = false): boolean {
  if (value === '*') return matchesStar(pattern);
  if (!hasWildcard(pattern)) {
    return pattern === value || (caseInsensitive && equalsIgnoringCase(pattern, value));
  }
  return wildcardToRegExp(pattern, caseInsensitive ? CASE_INSENSITIVE : CASE_SENSITIVE).test(value);
}
