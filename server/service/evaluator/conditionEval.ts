import type { Node } from 'jsonc-parser';
import { blockContains, nonPublicRange, parseAddress, parseIpBlock } from '../conditions/ip';
import { parseIamDate } from '../conditions/dates';
import { conditionOperators } from '../conditions/conditionBlock';
import type { OperatorInfo, ParsedOperator } from '../conditions/operators';
import type { StatementView } from '../document/policyView';
import { matchesWildcard } from '../text/wildcard';
import { absenceCause } from './absenceCause';
import { arnMismatch } from './arnMatch';
import { encodeLiteral, resolveIamString, type Resolver } from './resolve';
import type { ContextValue, RequestContext } from './requestContext';

/**
 * How each condition operator compares the request context with the policy values (AWS: "IAM JSON
 * policy elements: Condition operators" and "Single-valued vs. multivalued context keys"). Operator
 * names, IP blocks and dates are parsed by ../conditions; this file holds the evaluation semantics.
 */

export interface ConditionFailure {
  /** The node to point at: the key's property inside the operator block, or the operator. */
  node: Node;
  reason: string;
}

/** What one condition entry needs besides its own text. */
export interface ConditionScope {
  context: RequestContext;
  resolver: Resolver;
}

const LITERAL_TEXT: Resolver = { variablesEnabled: false, lookup: () => undefined };

/** The whole Condition block holds when every operator block, and every key inside it, holds. */
export function firstFailingCondition(statement: StatementView, scope: ConditionScope): ConditionFailure | undefined {
  const condition = statement.condition;
  if (!condition) return undefined;
  if (condition.type !== 'object') return { node: condition, reason: 'Condition is not an object, so AWS rejects the policy.' };
  for (const operator of conditionOperators(statement)) {
    const info = operator.parsed.info;
    if (!info || !operator.parsed.known) {
      return { node: operator.keyNode, reason: `${operator.name} is not a condition operator, so AWS rejects the policy.` };
    }
    if (operator.valueNode?.type !== 'object') {
      return { node: operator.property, reason: `${operator.name} must hold an object of condition keys.` };
    }
    for (const key of operator.keys) {
      const values = key.values.flatMap((v) => (v.text === undefined ? [] : [v.text]));
      const failure = checkKey(operator.parsed, info, key.name, values, scope);
      if (failure) return { node: key.property, reason: failure };
    }
  }
  return undefined;
}

/**
 * Whether one key's test holds for a request context, as the evaluator decides it. Lint rules that
 * state what a test does (condition-empty-value) ask here, so lint and explain tell one truth.
 */
export function keyTestHolds(op: ParsedOperator, key: string, values: string[], scope: ConditionScope): boolean {
  return !op.info || checkKey(op, op.info, key, values, scope) === undefined;
}

/** The reason the key fails, or undefined when it holds. */
function checkKey(op: ParsedOperator, info: OperatorInfo, key: string, values: string[], scope: ConditionScope): string | undefined {
  const entry = scope.context.get(key);
  const label = `${op.text} on ${key}`;
  if (info.family === 'Null') {
    const goal = entry ? 'false' : 'true';
    if (values.some((v) => v.toLowerCase() === goal)) return undefined;
    return entry
      ? `${label} requires ${key} to be absent, but the request has it (${describeValues(entry)}).`
      : `${label} requires ${key} to be present, but the request does not have it.`;
  }
  if (!entry) {
    if (op.ifExists || op.qualifier === 'ForAllValues' || (info.negated && !op.qualifier)) return undefined;
    return `${label} failed: the request has no ${key}${absenceCause(key)}.`;
  }
  if (op.qualifier) {
    const verdicts = entry.values.map((v) => compareOne(info, v, values, scope));
    if (op.qualifier === 'ForAllValues') {
      const failing = verdicts.find((v) => !v.holds);
      return failing ? `${label} failed: ${failing.why}` : undefined;
    }
    return verdicts.some((v) => v.holds) ? undefined : `${label} failed: no value of ${key} (${describeValues(entry)}) satisfies it.`;
  }
  if (entry.multivalued) {
    return `${label} failed: ${key} is multivalued (${describeValues(entry)}); compare it with ForAnyValue: or ForAllValues:.`;
  }
  const verdict = compareOne(info, entry.values[0], values, scope);
  return verdict.holds ? undefined : `${label} failed: ${verdict.why}`;
}

interface Verdict {
  holds: boolean;
  why: string;
}

/**
 * One request value against the policy values: some must match, or for Not operators none may. A
 * value that cannot be compared (not a number, a variable without value) never matches, and a Not
 * operator with such a value does not hold either.
 */
function compareOne(info: OperatorInfo, requestValue: string, policy: string[], scope: ConditionScope): Verdict {
  let matched: string | undefined;
  let error: string | undefined;
  for (const value of policy) {
    const result = matchesValue(info, requestValue, value, scope);
    if (typeof result === 'string') {
      error ??= result;
      if (info.negated) break;
    } else if (result) {
      matched = value;
      break;
    }
  }
  if (info.negated) {
    if (error) return { holds: false, why: error };
    return matched === undefined
      ? { holds: true, why: '' }
      : { holds: false, why: `"${requestValue}" matches ${quote(matched)}${policyRangeHint(info, matched)}.` };
  }
  if (matched !== undefined) return { holds: true, why: '' };
  return {
    holds: false,
    why: error ?? `"${requestValue}" ${mismatchVerb(info)} ${listValues(policy)}${policy.map((p) => policyRangeHint(info, p)).join('')}.`,
  };
}

/**
 * Whether the request value matches one policy value by the operator's base comparison (negation
 * is applied by the caller); a string when the comparison cannot be made (the sentence says why).
 */
function matchesValue(info: OperatorInfo, requestValue: string, policyValue: string, scope: ConditionScope): boolean | string {
  // AWS replaces policy variables only in the values of String and ARN operators; elsewhere `${...}` is text.
  const resolved = resolveIamString(policyValue, info.family === 'String' || info.family === 'Arn' ? scope.resolver : LITERAL_TEXT);
  if ('missing' in resolved) return `the policy variable \${${resolved.missing}} has no value in the request, so ${quote(policyValue)} never matches.`;
  switch (info.family) {
    case 'String':
      if (info.wildcards) return matchesWildcard(resolved.pattern, encodeLiteral(requestValue));
      return info.ignoresCase ? resolved.literal.toLowerCase() === requestValue.toLowerCase() : resolved.literal === requestValue;
    case 'Arn':
      return arnMismatch(resolved.pattern, encodeLiteral(requestValue)) === undefined;
    case 'Numeric':
      return compareNumbers(info.name, requestValue, resolved.literal);
    case 'Date':
      return compareDates(info.name, requestValue, resolved.literal);
    case 'Bool':
      return compareBooleans(requestValue, resolved.literal);
    case 'Binary':
      return requestValue === resolved.literal;
    case 'IpAddress':
      return ipInBlock(requestValue, resolved.literal);
    case 'Null':
      return false;
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function ordered(name: string, a: number, b: number): boolean {
  if (name.endsWith('GreaterThanEquals')) return a >= b;
  if (name.endsWith('GreaterThan')) return a > b;
  if (name.endsWith('LessThanEquals')) return a <= b;
  if (name.endsWith('LessThan')) return a < b;
  return a === b;
}

function compareNumbers(name: string, requestValue: string, policyValue: string): boolean | string {
  if (!NUMBER.test(policyValue)) return `${quote(policyValue)} is not a number.`;
  if (!NUMBER.test(requestValue)) return `the request value "${requestValue}" is not a number.`;
  return ordered(name, Number(requestValue), Number(policyValue));
}

function compareDates(name: string, requestValue: string, policyValue: string): boolean | string {
  const policy = parseIamDate(policyValue);
  if (!policy.ok) return `${policy.message}.`;
  const request = parseIamDate(requestValue);
  if (!request.ok) return `the request value: ${request.message}.`;
  return ordered(name, request.epochMillis, policy.epochMillis);
}

function compareBooleans(requestValue: string, policyValue: string): boolean | string {
  const policy = policyValue.toLowerCase();
  if (policy !== 'true' && policy !== 'false') return `${quote(policyValue)} is not true or false.`;
  const request = requestValue.toLowerCase();
  if (request !== 'true' && request !== 'false') return `the request value "${requestValue}" is not true or false.`;
  return request === policy;
}

function ipInBlock(requestValue: string, policyValue: string): boolean | string {
  const block = parseIpBlock(policyValue);
  if (!block.ok) return `${block.message}.`;
  const address = parseAddress(requestValue);
  if (!address) return `the request value "${requestValue}" is not an IP address.`;
  return blockContains(block.block, address);
}

/** Numeric and date wording of each comparison. */
const COMPARISONS: Record<string, [string, string]> = {
  Equals: ['equal to', 'the same time as'],
  NotEquals: ['equal to', 'the same time as'],
  LessThan: ['less than', 'before'],
  LessThanEquals: ['at most', 'at or before'],
  GreaterThan: ['greater than', 'after'],
  GreaterThanEquals: ['at least', 'at or after'],
};

function mismatchVerb(info: OperatorInfo): string {
  switch (info.family) {
    case 'IpAddress':
      return 'is not in';
    case 'Numeric':
    case 'Date':
      return `is not ${COMPARISONS[info.name.replace(/^(Numeric|Date)/, '')]?.[info.family === 'Date' ? 1 : 0] ?? 'equal to'}`;
    case 'String':
    case 'Arn':
      return info.wildcards ? 'does not match' : 'is not';
    default:
      return 'is not';
  }
}

/** A policy range that AWS never reports as aws:SourceIp (private, loopback, ...) explains itself. */
function policyRangeHint(info: OperatorInfo, policyValue: string): string {
  if (info.family !== 'IpAddress') return '';
  const block = parseIpBlock(policyValue);
  const special = block.ok ? nonPublicRange(block.block) : undefined;
  return special
    ? ` (${policyValue} is a ${special.name} range: aws:SourceIp is the public address AWS sees, so it never falls there)`
    : '';
}

function quote(value: string): string {
  return `"${value}"`;
}

function listValues(values: string[]): string {
  if (values.length === 0) return 'any value (none are given)';
  if (values.length === 1) return quote(values[0]);
  return `any of ${values.map(quote).join(', ')}`;
}

function describeValues(entry: ContextValue): string {
  return entry.values.map(quote).join(', ');
}
