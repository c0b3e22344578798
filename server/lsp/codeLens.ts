import type { CodeLens } from 'vscode-languageserver';
import { REVEAL_COMMAND, SIMULATOR_COMMAND } from './assertionsProtocol';
import type { TestsFileRun } from './assertionsRun';

/**
 * CodeLens for a tests file: above each test, a way to ask AWS's simulator; above each assertion,
 * its current result, which opens the statement that decided it.
 */
export function assertionCodeLenses(run: TestsFileRun): CodeLens[] {
  const lenses: CodeLens[] = [];
  const lineOf = (offset: number) => {
    const { line } = run.lines.positionAt(offset);
    return { start: { line, character: 0 }, end: { line, character: 0 } };
  };
  for (const outcome of run.outcomes) {
    const groupRange = lineOf(outcome.group.node.offset);
    if (outcome.error) {
      lenses.push({ range: groupRange, command: { title: `⚠ ${outcome.error.message}`, command: '' } });
      continue;
    }
    lenses.push({ range: groupRange, command: { title: 'Check with the AWS IAM policy simulator', command: SIMULATOR_COMMAND, arguments: [run.uri] } });
    for (const result of outcome.cases) {
      const { decision } = result.evaluation;
      const title = result.passed ? `✓ ${decision}` : `✗ expected ${result.case.expect}, got ${decision}`;
      const deciding = result.evaluation.deciding[0];
      const uri = deciding?.span.uri ?? deciding?.uri;
      const doc = uri ? run.policies.get(uri) : undefined;
      const command =
        deciding && uri && doc
          ? { title, command: REVEAL_COMMAND, arguments: [uri, doc.lines.range(deciding.span.offset, deciding.span.length)] }
          : { title, command: '' };
      lenses.push({ range: lineOf(result.case.node.offset), command });
    }
  }
  return lenses;
}
