import { availableParallelism } from 'node:os';
import { loadCatalog } from '../../service/catalog/nodeCatalogSource';
import { SEVERITIES, type Severity } from '../../service/diagnostics';
import { RULES, ruleById } from '../../service/rules/registry';
import { closestMatch } from '../../service/text/similarity';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_ERROR, UsageError, type CliIO, type Command } from '../command';
import { collectFiles } from '../files';
import { FORMATTERS } from '../format';
import type { FileResult } from '../format/types';
import { lintFiles } from '../lint/lintFiles';
import { installedRuleDocs } from '../../ruleDocsLocation';

/** Below this many files a worker's start-up (about as long as linting 50 files) outweighs what it saves. */
const PARALLEL_MIN_FILES = 50;

/**
 * One lint thread per core. The CLI runs without V8's optimizing compiler (../interpreterOnly.ts), so a
 * thread no longer needs a second core for its compiler (2 cores, 1,000 files: 0.97 s on one thread with
 * the compiler, 0.75 s on two threads without it, median of 5).
 */
function defaultThreads(fileCount: number): number {
  return fileCount >= PARALLEL_MIN_FILES ? availableParallelism() : 1;
}

const USAGE = `Usage: connect-iam lint [options] PATHS...

Lints IAM policies in the given files and folders (folders: every *.json, *.jsonc, *.yaml,
*.yml and *.template, skipping node_modules and dot-folders) with the same rules as the VS Code
extension: policy files, and the policies in CloudFormation and SAM templates, JSON or YAML.

Options:
  -f, --format text|json|sarif   output format (default: text)
  --rule ID=SEVERITY             set a rule's severity: error, warning, information, hint or off
                                 (repeatable)
  -j, --jobs N                   lint on N threads, 1 to 64 (default: one per core for 50
                                 files or more, else 1); the output is the same for any N
  -h, --help                     show this help

Files that are not regular files (devices, FIFOs), larger than 5 MB, binary or empty, YAML that is
not a template and text that is neither JSON nor YAML are reported on stderr as not checked. Text files may be UTF-8, or UTF-16 with a byte-order mark.

Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or I/O error (a file that could
not be read, or no file checked at all).
`;

export const lintCommand: Command = {
  name: 'lint',
  summary: 'lint policy files and folders (text, json or sarif output)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', short: 'f', default: 'text' },
      rule: { type: 'string', multiple: true, default: [] },
      jobs: { type: 'string', short: 'j' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    if (!Object.prototype.hasOwnProperty.call(FORMATTERS, values.format)) {
      throw new UsageError(`Unknown format "${values.format}"; use ${Object.keys(FORMATTERS).join(', ')}.`);
    }
    const formatter = FORMATTERS[values.format];
    const ruleSeverity = parseRuleOverrides(values.rule);
    const jobs = values.jobs === undefined ? undefined : parseJobs(values.jobs);
    if (positionals.length === 0) throw new UsageError('No paths given: name the policy files or folders to lint.');

    const files = collectFiles(positionals, io.cwd);
    // A CI step pointed at the wrong folder must fail, not pass quietly with nothing checked.
    if (files.length === 0) throw new UsageError(`No *.json, *.jsonc, *.yaml, *.yml or *.template files found in ${positionals.join(', ')}.`);
    const catalog = loadCatalog();
    const threads = jobs ?? defaultThreads(files.length);
    const results: FileResult[] = [];
    let unreadable = 0;
    // A file not checked is reported on stderr (never as clean); the others are still linted.
    for (const outcome of await lintFiles(files, { cwd: io.cwd, ruleSeverity }, catalog, threads)) {
      if ('unreadable' in outcome) {
        io.err(`connect-iam: ${outcome.file} was not checked: ${outcome.unreadable}\n`);
        unreadable++;
      } else if ('notChecked' in outcome) {
        io.err(`connect-iam: ${outcome.file} was not checked: ${outcome.notChecked}\n`);
      } else {
        results.push({ file: outcome.file, diagnostics: outcome.findings });
      }
    }
    io.out(formatter(results, { cwd: io.cwd, rules: RULES, catalog, ruleDocs: installedRuleDocs() }));
    // Nothing checked is a failure: a run that read nothing must not pass as clean.
    if (unreadable > 0 || results.length === 0) return EXIT_ERROR;
    return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
  },
};

/**
 * Each thread loads its own catalog (about 6 MB), so threads past the cores only cost memory; the bound
 * is fixed rather than the core count, so that one command line means the same on every machine.
 */
export const MAX_JOBS = 64;

/** `--jobs N`: a whole number of threads from 1 to MAX_JOBS. */
function parseJobs(flag: string): number {
  const jobs = Number(flag);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new UsageError(`Invalid --jobs "${flag}": expected a whole number of threads from 1 to ${MAX_JOBS}.`);
  return jobs;
}

/** `--rule ID=SEVERITY` flags into the service's per-rule overrides, rejecting unknown ids and levels. */
function parseRuleOverrides(flags: readonly string[]): Record<string, Severity | 'off'> {
  const levels: readonly string[] = [...SEVERITIES, 'off'];
  const overrides: Record<string, Severity | 'off'> = {};
  for (const flag of flags) {
    const eq = flag.lastIndexOf('=');
    const id = flag.slice(0, Math.max(eq, 0)).trim();
    const level = flag.slice(eq + 1).trim().toLowerCase();
    if (eq <= 0 || !levels.includes(level)) {
      throw new UsageError(`Invalid --rule "${flag}": expected ID=SEVERITY with SEVERITY one of ${levels.join(', ')}.`);
    }
    if (!ruleById(id)) {
      const suggestion = closestMatch(id, RULES.map((r) => r.meta.id));
      throw new UsageError(`Unknown rule "${id}" in --rule.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
    }
    overrides[id] = level as Severity | 'off';
  }
  return overrides;
}
