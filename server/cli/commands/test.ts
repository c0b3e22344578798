import { dirname, resolve } from 'node:path';
import { ASSERTIONS_FILE_NAME, assertionName, parseAssertionsFile } from '../../service/assertions/assertionsFile';
import { runAssertions, type GroupOutcome, type PolicyLoader } from '../../service/assertions/runAssertions';
import { loadCatalog } from '../../service/catalog/nodeCatalogSource';
import { LineIndex } from '../../service/text/lineIndex';
import { parseCommandArgs, textOrJsonFormat } from '../args';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO, type Command } from '../command';
import { readPolicyFile } from '../../files/readPolicyFile';
import { PolicyFiles } from './explain';

const USAGE = `Usage: connect-iam test [FILE] [options]

Runs the policy assertions in FILE (default: ${ASSERTIONS_FILE_NAME} in the current folder): for
each policy file, requests that must be allowed, denied, explicitDeny or implicitDeny. Policy paths
are relative to FILE and must name regular files inside the current folder (no devices, FIFOs,
network paths, or links leading out). Schema: schemas/connect-iam.tests.schema.json.

Options:
  -f, --format text|json   output format (default: text)
  -h, --help               show this help

Exit codes: 0 every assertion holds, 1 at least one fails, 2 usage or I/O error (unreadable file,
malformed assertions, a policy file that cannot be read).
`;

export const testCommand: Command = {
  name: 'test',
  summary: `run policy assertions (${ASSERTIONS_FILE_NAME}): requests that must be allowed or denied`,
  usage: USAGE,
  run(args: string[], io: CliIO): number {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', short: 'f', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    const format = textOrJsonFormat(values.format);
    if (positionals.length > 1) throw new UsageError('Give one assertions file.');
    const file = positionals[0] ?? ASSERTIONS_FILE_NAME;
    const absolute = resolve(io.cwd, file);
    let text: string;
    try {
      text = readPolicyFile(absolute);
    } catch (error) {
      throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
    }
    const parsed = parseAssertionsFile(text);
    const lines = new LineIndex(text);
    const lineOf = (offset: number) => lines.positionAt(offset).line + 1;
    const files = new PolicyFiles(io.cwd);
    const load: PolicyLoader = (path) => {
      try {
        // Like the editor, only files inside the folder the run started in: a tests file from a cloned repository cannot point elsewhere.
        return files.load(path, dirname(absolute), io.cwd);
      } catch (error) {
        return { error: (error as Error).message };
      }
    };
    const outcomes = runAssertions(parsed, load, loadCatalog());
    const problems = parsed.problems.map((p) => ({ line: lineOf(p.offset), message: p.message }));
    const report = { file, outcomes, problems, lineOf };
    io.out(format === 'json' ? `${JSON.stringify(resultsJson(report), null, 2)}\n` : resultsText(report));
    if (problems.length > 0 || outcomes.some((o) => o.error)) return EXIT_ERROR;
    return outcomes.some((o) => o.cases.some((c) => !c.passed)) ? EXIT_FINDINGS : EXIT_OK;
  },
};

interface Report {
  file: string;
  outcomes: GroupOutcome[];
  problems: { line: number; message: string }[];
  lineOf: (offset: number) => number;
}

function counts(outcomes: GroupOutcome[]): { passed: number; failed: number } {
  const cases = outcomes.flatMap((o) => o.cases);
  const passed = cases.filter((c) => c.passed).length;
  return { passed, failed: cases.length - passed };
}

function resultsText({ file, outcomes, problems, lineOf }: Report): string {
  const lines: string[] = [];
  for (const p of problems) lines.push(`${file}:${p.line} error ${p.message}`);
  for (const outcome of outcomes) {
    lines.push(`${outcome.group.policy.path}`);
    if (outcome.error) lines.push(`  ${file}:${lineOf(outcome.error.ref.node.offset)} error ${outcome.error.message}`);
    for (const c of outcome.cases) {
      lines.push(`  ${c.passed ? 'PASS' : 'FAIL'} ${assertionName(c.case)} (${file}:${lineOf(c.case.node.offset)}): ${c.passed ? c.evaluation.decision : `expected ${c.case.expect}, got ${c.evaluation.decision}`}`);
      if (!c.passed) for (const reason of c.evaluation.reasons) lines.push(`       ${reason}`);
    }
  }
  const { passed, failed } = counts(outcomes);
  lines.push(`${passed} passed, ${failed} failed${problems.length > 0 ? `, ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file}` : ''}.`);
  return `${lines.join('\n')}\n`;
}

function resultsJson({ file, outcomes, problems, lineOf }: Report) {
  return {
    file,
    ...counts(outcomes),
    problems,
    tests: outcomes.map((o) => ({
      policy: o.group.policy.path,
      error: o.error?.message,
      requests: o.cases.map((c) => ({
        name: c.case.name,
        line: lineOf(c.case.node.offset),
        action: c.case.request.action,
        resource: c.case.request.resource,
        context: c.case.request.context,
        expect: c.case.expect,
        decision: c.evaluation.decision,
        passed: c.passed,
        reasons: c.evaluation.reasons,
      })),
    })),
  };
}
