import { statementLabel } from '../service/evaluator/evaluate';
import type { Evaluation, StatementResult } from '../service/evaluator/types';
import type { AwsMatchedStatement, CaseResult, SimulationInput } from './types';

/** AWS's answer beside ours for one case. */
export interface Comparison {
  label: string;
  action: string;
  resource: string;
  ours: Evaluation;
  aws: CaseResult['answer'];
  agree: boolean;
  /** The statements AWS says decided, named as ours are ('statement 2 (Sid "AllowChat") of identity policy ...'). */
  awsStatements: string[];
  /** The statements our evaluator says decided. */
  ourStatements: string[];
  /** What may explain a disagreement, or what AWS saw that we did not. */
  notes: string[];
}

/** Puts AWS's answer beside our offline evaluation of the same request and explains any difference. */
export function compare(result: CaseResult, ours: Evaluation, input: SimulationInput): Comparison {
  const { answer } = result;
  const agree = answer.decision === ours.decision;
  const notes: string[] = [];
  if (!agree && answer.missingContextValues.length > 0) {
    notes.push(
      `AWS had no value for ${answer.missingContextValues.join(', ')}; a condition on a missing key does not match (unless it uses IfExists or Null), so give these keys in the request's context to compare like with like.`,
    );
  }
  if (input.kind === 'principal') {
    notes.push(`AWS evaluated the policies attached to ${input.principalArn} as deployed now, not the policy in this file${agree ? '' : '; the deployed policies differ from this file'}.`);
  }
  if (answer.allowedByPermissionsBoundary === false) notes.push('AWS says a permissions boundary does not allow this action.');
  if (answer.allowedByOrganizations === false) notes.push("AWS says the account's service control policies (Organizations) deny this action.");
  if (!agree && notes.length === 0) {
    notes.push('This is a difference between AWS and Connect IAM for the same policy and request; please report it with the policy and the request.');
  }
  return {
    label: result.case.label,
    action: result.case.request.action,
    resource: result.case.request.resource,
    ours,
    aws: answer,
    agree,
    awsStatements: answer.matchedStatements.map((s) => awsStatementName(s, ours.statements)),
    ourStatements: ours.deciding.map(statementLabel),
    notes,
  };
}

/** Plain text for an output channel or a terminal: one block per case, disagreements first. */
export function formatComparisons(comparisons: Comparison[], heading: string): string {
  const disagreements = comparisons.filter((c) => !c.agree).length;
  const summary =
    disagreements === 0
      ? `AWS agrees with Connect IAM on all ${comparisons.length} request(s).`
      : `AWS disagrees with Connect IAM on ${disagreements} of ${comparisons.length} request(s).`;
  const ordered = [...comparisons.filter((c) => !c.agree), ...comparisons.filter((c) => c.agree)];
  const blocks = ordered.map((c) => {
    const head = c.agree
      ? `✓ ${c.label}: ${c.action} on ${c.resource}: both say ${c.aws.decision}`
      : `✗ ${c.label}: ${c.action} on ${c.resource}: AWS says ${c.aws.decision}, Connect IAM says ${c.ours.decision}`;
    const lines = [head];
    lines.push(`    AWS matched: ${c.awsStatements.length ? c.awsStatements.join(', ') : 'no statement'}`);
    lines.push(`    Connect IAM: ${c.ourStatements.length ? c.ourStatements.join(', ') : (c.ours.reasons[0] ?? 'no statement applies')}`);
    if (c.aws.missingContextValues.length) lines.push(`    AWS missing context values: ${c.aws.missingContextValues.join(', ')}`);
    for (const note of c.notes) lines.push(`    ${note}`);
    return lines.join('\n');
  });
  return [heading, summary, '', ...blocks].join('\n');
}

/** Our name for the statement AWS points at, found by where it starts; AWS's own words otherwise. */
function awsStatementName(matched: AwsMatchedStatement, statements: StatementResult[]): string {
  if (matched.source) {
    const { uri, offset } = matched.source;
    // The statement holding AWS's start position; else (AWS counting columns differently) the nearest start.
    const candidates = statements.filter((s) => (s.statementSpan.uri ?? s.uri) === uri);
    const distance = (s: StatementResult) =>
      offset >= s.statementSpan.offset && offset < s.statementSpan.offset + s.statementSpan.length ? -1 : Math.abs(s.statementSpan.offset - offset);
    const ours = candidates.sort((a, b) => distance(a) - distance(b))[0];
    if (ours) return statementLabel(ours);
  }
  const at = matched.start ? ` at line ${matched.start.line}` : '';
  return `${matched.sourcePolicyId ?? 'a policy'}${matched.sourcePolicyType ? ` (${matched.sourcePolicyType})` : ''}${at}`;
}
