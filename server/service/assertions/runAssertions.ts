import type { Catalog } from '../catalog/catalog';
import { evaluate } from '../evaluator/evaluate';
import type { Decision, Evaluation, PolicyInput, PolicySet } from '../evaluator/types';
import type { AssertionCase, AssertionGroup, AssertionsFile, Expectation, PolicyRef } from './assertionsFile';

/**
 * Runs the assertions of a parsed tests file. Reading policies is the caller's job (the CLI reads
 * files, the editor uses open documents), through `load`, which gets the path as written.
 */

export type PolicyLoader = (path: string) => PolicyInput[] | { error: string };

export interface CaseOutcome {
  case: AssertionCase;
  evaluation: Evaluation;
  passed: boolean;
  /** "expected allowed, got implicitDeny: <first reason>" or "allowed, as expected". */
  message: string;
}

export interface GroupOutcome {
  group: AssertionGroup;
  /** Set when a policy file could not be loaded; no case ran then. */
  error?: { ref: PolicyRef; message: string };
  cases: CaseOutcome[];
}

export function expectationMet(expect: Expectation, decision: Decision): boolean {
  return expect === 'denied' ? decision !== 'allowed' : expect === decision;
}

export function runAssertions(file: AssertionsFile, load: PolicyLoader, catalog?: Catalog): GroupOutcome[] {
  return file.groups.map((group) => runGroup(group, load, catalog));
}

export function runGroup(group: AssertionGroup, load: PolicyLoader, catalog?: Catalog): GroupOutcome {
  const loaded = new Map<PolicyRef, PolicyInput[]>();
  const refs = [group.policy, group.resourcePolicy, group.permissionsBoundary, ...group.scps].filter((r): r is PolicyRef => r !== undefined);
  for (const ref of refs) {
    const result = load(ref.path);
    if ('error' in result) return { group, error: { ref, message: result.error }, cases: [] };
    if (result.length === 0) return { group, error: { ref, message: `${ref.path} holds no IAM policy.` }, cases: [] };
    loaded.set(ref, result);
  }
  const of = (ref: PolicyRef | undefined) => (ref ? loaded.get(ref) : undefined);
  const policies: PolicySet = {
    identity: of(group.policy) ?? [],
    resource: of(group.resourcePolicy),
    permissionsBoundary: of(group.permissionsBoundary),
    scps: group.scps.length > 0 ? group.scps.flatMap((ref) => of(ref) ?? []) : undefined,
  };
  return { group, cases: group.requests.map((c) => runCase(c, policies, catalog)) };
}

export function runCase(assertion: AssertionCase, policies: PolicySet, catalog?: Catalog): CaseOutcome {
  const evaluation = evaluate(assertion.request, policies, catalog);
  const passed = expectationMet(assertion.expect, evaluation.decision);
  const message = passed
    ? `${evaluation.decision}, as expected.`
    : `Expected ${assertion.expect}, but the request is ${evaluation.decision}: ${evaluation.reasons.join(' ')}`;
  return { case: assertion, evaluation, passed, message };
}
