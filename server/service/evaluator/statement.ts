import type { Node } from 'jsonc-parser';
import type { Catalog } from '../catalog/catalog';
import { isParticipantServiceAction } from '../connect/participantActions';
import { stringEntries, type StatementView, type StringEntry } from '../document/policyView';
import { closestMatch } from '../text/similarity';
import { matchesWildcard } from '../text/wildcard';
import { arnMismatch } from './arnMatch';
import { firstFailingCondition, type ConditionScope } from './conditionEval';
import { closestPattern, resourceMissSentence, type PatternMiss } from './explainResource';
import { principalMatch, type PrincipalMatch } from './principal';
import { readOnFirstUse } from './readOnFirstUse';
import { encodeLiteral, resolveIamString } from './resolve';
import type { AccessRequest, MismatchElement, PolicyInput, PolicyRole, SourceSpan, StatementResult } from './types';

/** One statement's verdict, plus how the principal matched (resource policies only). */
export interface StatementVerdict {
  statement: StatementView;
  result: StatementResult;
  principal?: PrincipalMatch;
}

export interface StatementScope extends ConditionScope {
  request: AccessRequest;
  role: PolicyRole;
  input: PolicyInput;
  catalog?: Catalog;
}

interface Miss {
  element: MismatchElement;
  node: Node;
  /** A function where the sentence is costly (a "did you mean" over every entry): built only when read. */
  reason: string | (() => string);
}

/** Decides whether a statement applies to the request; the first element that fails gives the reason. */
export function evaluateStatement(statement: StatementView, scope: StatementScope): StatementVerdict {
  const effect = typeof statement.effect?.value === 'string' ? statement.effect.value : '';
  let principal: PrincipalMatch | undefined;
  let miss: Miss | undefined = effectMiss(statement, effect);
  if (!miss && scope.role === 'resource') {
    const matched = principalMatch(statement, scope.request.principal);
    if (matched.match === 'none') miss = { element: 'principal', node: matched.node ?? statement.node, reason: matched.reason };
    else principal = matched.match;
  }
  miss ??= actionMiss(statement, scope.request.action);
  miss ??= resourceMiss(statement, scope);
  if (!miss) {
    const failure = firstFailingCondition(statement, scope);
    if (failure) miss = { element: 'condition', node: failure.node, reason: failure.reason };
  }
  const statementSpan = spanOf(statement.node, scope.input.uri);
  const result: StatementResult = {
    role: scope.role,
    policyName: scope.input.name,
    uri: scope.input.uri,
    statementIndex: statement.index,
    sid: typeof statement.sid?.value === 'string' ? statement.sid.value : undefined,
    effect,
    applies: miss === undefined,
    failedElement: miss?.element,
    reason: typeof miss?.reason === 'string' ? miss.reason : undefined,
    statementSpan,
    span: miss ? spanOf(miss.node, scope.input.uri) : statementSpan,
  };
  if (typeof miss?.reason === 'function') readOnFirstUse(result, 'reason', miss.reason);
  return { statement, result, principal };
}

function spanOf(node: Node, uri: string | undefined): SourceSpan {
  return { uri, offset: node.offset, length: node.length };
}

function effectMiss(statement: StatementView, effect: string): Miss | undefined {
  if (effect === 'Allow' || effect === 'Deny') return undefined;
  const node = statement.effect ?? statement.node;
  const reason = statement.effect
    ? `Effect ${JSON.stringify(statement.effect.value)} is neither "Allow" nor "Deny" (case-sensitive), so AWS rejects the policy.`
    : 'The statement has no Effect, so AWS rejects the policy.';
  return { element: 'effect', node, reason };
}

const INTRINSIC_REASON = 'is a CloudFormation intrinsic whose value is known only at deploy time';
/** A negated element with a null, number or object entry must not read as "excludes nothing". */
const NOT_A_STRING = (element: string) => `${element} has an entry that is not a string, so AWS rejects the policy.`;

function actionMiss(statement: StatementView, action: string): Miss | undefined {
  const negated = !statement.action && statement.notAction !== undefined;
  const element = negated ? statement.notAction : statement.action;
  if (!element) return { element: 'action', node: statement.node, reason: 'The statement has neither Action nor NotAction, so AWS rejects the policy.' };
  const entries = stringEntries(element);
  const hit = entries.find((e) => e.text !== undefined && matchesWildcard(e.text, action, true));
  if (negated) {
    const malformed = entries.find((e) => e.text === undefined && !e.dynamic);
    if (malformed) return { element: 'action', node: malformed.node, reason: NOT_A_STRING('NotAction') };
    return hit ? { element: 'action', node: hit.node, reason: `NotAction excludes ${action} (it matches "${hit.text}").` } : undefined;
  }
  if (hit) return undefined;
  return { element: 'action', node: element, reason: () => actionListSentence(entries, action) };
}

function actionListSentence(entries: StringEntry[], action: string): string {
  const texts = entries.flatMap((e) => (e.text === undefined ? [] : [e.text]));
  let sentence = `Action does not include ${action}`;
  sentence += texts.length > 0 ? ` (it lists ${texts.join(', ')}).` : '.';
  const participant = texts.filter(isParticipantServiceAction);
  if (participant.length > 0) {
    sentence += ` ${participant.join(', ')} ${participant.length === 1 ? 'is a Connect Participant Service API' : 'are Connect Participant Service APIs'}, authorized by participant tokens, not IAM: ${participant.length === 1 ? 'it grants' : 'they grant'} nothing.`;
  }
  const near = closestMatch(action, texts);
  if (near && near.toLowerCase() !== action.toLowerCase() && !isParticipantServiceAction(near)) sentence += ` Did you mean ${action} instead of ${near}?`;
  if (entries.some((e) => e.dynamic)) sentence += ` An entry ${INTRINSIC_REASON}.`;
  return sentence;
}

function resourceMiss(statement: StatementView, scope: StatementScope): Miss | undefined {
  const negated = !statement.resource && statement.notResource !== undefined;
  const element = negated ? statement.notResource : statement.resource;
  if (!element) {
    // SCPs may omit Resource (AWS reads it as "*"); every other policy must have one.
    if (scope.role === 'scp') return undefined;
    return { element: 'resource', node: statement.node, reason: 'The statement has neither Resource nor NotResource, so AWS rejects the policy.' };
  }
  const arn = encodeLiteral(scope.request.resource);
  const misses: (PatternMiss & { node: Node })[] = [];
  let missing: { key: string; node: Node } | undefined;
  let hit: StringEntry | undefined;
  for (const entry of stringEntries(element)) {
    if (entry.text === undefined) continue;
    const resolved = resolveIamString(entry.text, scope.resolver);
    if ('missing' in resolved) {
      missing ??= { key: resolved.missing, node: entry.node };
      continue;
    }
    const mismatch = arnMismatch(resolved.pattern, arn, scope.role === 'resource');
    if (mismatch === undefined) {
      hit = entry;
      break;
    }
    misses.push({ pattern: resolved.literal, mismatch, node: entry.node });
  }
  if (negated) {
    const malformed = stringEntries(element).find((e) => e.text === undefined && !e.dynamic);
    if (malformed) return { element: 'resource', node: malformed.node, reason: NOT_A_STRING('NotResource') };
    if (hit) return { element: 'resource', node: hit.node, reason: `NotResource excludes ${scope.request.resource} (it matches "${hit.text}").` };
    // "If AWS cannot resolve a variable this might cause the entire statement to be invalid."
    if (missing) return { element: 'resource', node: missing.node, reason: unresolved('NotResource', missing.key) };
    return undefined;
  }
  if (hit) return undefined;
  const closest = closestPattern(misses, scope.request.resource);
  if (closest) {
    const { resource, action } = scope.request;
    const catalog = scope.catalog;
    return { element: 'resource', node: closest.node, reason: () => resourceMissSentence(closest, resource, action, catalog) };
  }
  if (missing) {
    return { element: 'resource', node: missing.node, reason: unresolved('Resource', missing.key) };
  }
  return { element: 'resource', node: element, reason: `Resource has no entry that can match ${scope.request.resource}.` };
}

function unresolved(element: string, key: string): string {
  return `${element} uses \${${key}}, which the request does not have (and no default is given), so AWS cannot resolve it and the statement does not apply.`;
}
