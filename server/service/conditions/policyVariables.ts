/**
 * Policy variables inside a string: `${aws:username}`, `${aws:PrincipalTag/team}`, a default as in
 * `${aws:PrincipalTag/team, 'none'}`, and the escapes `${*}`, `${?}` and `${$}` for a literal `*`, `?`
 * and `$`. Offsets are within the string's value.
 */

export interface PolicyVariable {
  /** Offset of "${" within the string. */
  offset: number;
  /** Up to and including "}" (or to the end of the string when it is not closed). */
  length: number;
  /** The condition key named, when the variable is well formed and not an escape. */
  key?: string;
  defaultValue?: string;
  /** The character a `${*}`, `${?}` or `${$}` escape stands for. */
  escape?: '*' | '?' | '$';
  /** What is wrong with the syntax, if anything. */
  error?: string;
}

const KEY_NAME = /^[A-Za-z0-9._-]+:[A-Za-z0-9._:/@-]+$/;
const ESCAPES = new Set(['*', '?', '$']);

function parseInner(inner: string): Pick<PolicyVariable, 'key' | 'defaultValue' | 'escape' | 'error'> {
  if (ESCAPES.has(inner)) return { escape: inner as PolicyVariable['escape'] };
  const comma = inner.indexOf(',');
  const key = (comma >= 0 ? inner.slice(0, comma) : inner).trim();
  if (key === '') return { error: 'the variable names no condition key' };
  if (!KEY_NAME.test(key)) return { error: `"${key}" is not a condition key name (such as aws:username or aws:PrincipalTag/team)` };
  if (comma < 0) return { key };
  const rest = inner.slice(comma + 1).trim();
  if (rest.length < 2 || !rest.startsWith("'") || !rest.endsWith("'") || rest.indexOf("'", 1) !== rest.length - 1) {
    return { key, error: `the default value must be one value in single quotes, as in \${${key}, 'default'}` };
  }
  return { key, defaultValue: rest.slice(1, -1) };
}

/** Every `${...}` in a string, in order. Cheap when there is none: one indexOf. */
export function findPolicyVariables(text: string): PolicyVariable[] {
  const found: PolicyVariable[] = [];
  let start = text.indexOf('${');
  while (start >= 0) {
    const end = text.indexOf('}', start + 2);
    if (end < 0) {
      found.push({ offset: start, length: text.length - start, error: 'the variable is not closed with "}"' });
      break;
    }
    found.push({ offset: start, length: end + 1 - start, ...parseInner(text.slice(start + 2, end)) });
    start = text.indexOf('${', end + 1);
  }
  return found;
}

/** True when the string holds anything that looks like a policy variable. */
export function hasPolicyVariable(text: string): boolean {
  return text.includes('${');
}
