import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { assertionName } from '../service/assertions/assertionsFile';
import type { CaseOutcome } from '../service/assertions/runAssertions';
import { DIAGNOSTIC_SOURCE, ruleDocsLink } from '../service/diagnostics';
import type { StatementResult } from '../service/evaluator/types';
import type { Range } from '../service/text/lineIndex';
import { installedRuleDocs } from '../ruleDocsLocation';
import { groupPolicyRefs, policyUri, type TestsFileRun } from './assertionsRun';

/** The code of every live assertion finding; docs/rules/assertion-failed.md explains it. */
export const ASSERTION_FAILED = 'assertion-failed';

/**
 * The findings of one tests file run that belong in `uri`: failing assertions and unreadable
 * policies in the tests file itself, and in a policy file the statement or entry that makes an
 * assertion fail.
 */
export function assertionDiagnostics(run: TestsFileRun, uri: string): LspDiagnostic[] {
  const diagnostics: LspDiagnostic[] = [];
  const testsRange = (node: { offset: number; length: number }) => run.lines.range(node.offset, node.length);
  for (const outcome of run.outcomes) {
    if (outcome.error && uri === run.uri) {
      diagnostics.push(diagnostic(testsRange(outcome.error.ref.node), DiagnosticSeverity.Error, `No assertion of this test can run: ${outcome.error.message}`));
    }
    const touchesUri = groupPolicyRefs(outcome.group).some((ref) => policyUri(run.uri, ref.path) === uri);
    for (const result of outcome.cases) {
      if (result.passed) continue;
      const assertionLocation = { uri: run.uri, range: testsRange(result.case.expectNode) };
      if (uri === run.uri) {
        const related = result.evaluation.deciding.flatMap((s) => statementLocation(run, s, 'deciding statement'));
        diagnostics.push(diagnostic(assertionLocation.range, DiagnosticSeverity.Error, `${assertionName(result.case)}: ${result.message}`, related));
      } else if (touchesUri) {
        const related = [{ location: assertionLocation, message: `the assertion "${assertionName(result.case)}"` }];
        for (const range of policyRanges(run, result, uri)) {
          diagnostics.push(diagnostic(range, DiagnosticSeverity.Warning, `Assertion "${assertionName(result.case)}" in connect-iam.tests.json fails. ${result.message}`, related));
        }
      }
    }
  }
  return diagnostics;
}

/** Where in the policy file `uri` the failure comes from: the deciding spans there, else the first statement. */
function policyRanges(run: TestsFileRun, result: CaseOutcome, uri: string): Range[] {
  const doc = run.policies.get(uri);
  if (!doc) return [];
  const here = (s: StatementResult) => s.uri === uri || s.span.uri === uri;
  const spans = result.evaluation.deciding.filter(here).map((s) => s.span);
  if (spans.length === 0) {
    // Nothing in this file decided (no Allow statement at all): point at the policy's Statement.
    const first = doc.policies[0];
    const anchor = first?.statementValue ?? first?.node;
    if (anchor) spans.push({ offset: anchor.offset, length: Math.min(anchor.length, 1) });
  }
  return spans.map((span) => doc.lines.range(span.offset, span.length));
}

function statementLocation(run: TestsFileRun, statement: StatementResult, message: string): DiagnosticRelatedInformation[] {
  const uri = statement.span.uri ?? statement.uri;
  const doc = uri ? run.policies.get(uri) : undefined;
  if (!uri || !doc) return [];
  return [{ location: { uri, range: doc.lines.range(statement.span.offset, statement.span.length) }, message }];
}

function diagnostic(range: Range, severity: DiagnosticSeverity, message: string, relatedInformation?: DiagnosticRelatedInformation[]): LspDiagnostic {
  const result: LspDiagnostic = { range, severity, code: ASSERTION_FAILED, source: DIAGNOSTIC_SOURCE, message };
  const docs = ruleDocsLink(ASSERTION_FAILED, installedRuleDocs()?.baseUri);
  if (docs) result.codeDescription = docs;
  if (relatedInformation && relatedInformation.length > 0) result.relatedInformation = relatedInformation;
  return result;
}
