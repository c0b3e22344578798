import { findPolicyVariables } from '../conditions/policyVariables';

/**
 * Policy variables in Resource entries and condition values (IAM policy elements: Variables and tags).
 * A variable takes the request's value of its key, or its default when the key is missing; `${*}`,
 * `${?}` and `${$}` stand for a literal `*`, `?` and `$`. Substituted text is literal: a `*` in a tag
 * value is not a wildcard. Policies with Version 2008-10-17 have no variables: the text is literal.
 */

export interface Resolver {
  /** False for Version 2008-10-17 (or none), where `${...}` is ordinary text. */
  variablesEnabled: boolean;
  /** The single value of a context key, or undefined when it is missing or multivalued. */
  lookup(key: string): string | undefined;
}

export type Resolved =
  | {
      /** For wildcard comparisons: `*` and `?` from the policy are wildcards, literal ones are encoded. */
      pattern: string;
      /** The text with every variable and escape replaced, for exact comparisons. */
      literal: string;
    }
  | { missing: string };

/** Literal `*` and `?` become private-use characters so that wildcard matching treats them as text. */
const LITERAL_STAR = '\uE000';
const LITERAL_QUESTION = '\uE001';

export function encodeLiteral(text: string): string {
  if (!text.includes('*') && !text.includes('?')) return text;
  return text.replaceAll('*', LITERAL_STAR).replaceAll('?', LITERAL_QUESTION);
}

export function resolveIamString(text: string, resolver: Resolver): Resolved {
  if (!resolver.variablesEnabled || !text.includes('${')) return { pattern: text, literal: text };
  let pattern = '';
  let literal = '';
  let at = 0;
  for (const variable of findPolicyVariables(text)) {
    const before = text.slice(at, variable.offset);
    pattern += before;
    literal += before;
    at = variable.offset + variable.length;
    const value = variable.escape ?? (variable.key ? (resolver.lookup(variable.key) ?? variable.defaultValue) : undefined);
    if (value === undefined) {
      // A malformed variable stays as written; a key without value and default makes the text unmatchable.
      if (variable.key && !variable.error) return { missing: variable.key };
      const raw = text.slice(variable.offset, at);
      pattern += raw;
      literal += raw;
      continue;
    }
    pattern += encodeLiteral(value);
    literal += value;
  }
  const rest = text.slice(at);
  return { pattern: pattern + rest, literal: literal + rest };
}
