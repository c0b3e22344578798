import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCatalog } from '../../service/catalog/nodeCatalogSource';
import { SEVERITIES, type Diagnostic, type Severity } from '../../service/diagnostics';
import { PolicyLanguageService } from '../../service/languageService';
import { RULES, ruleById } from '../../service/rules/registry';
import { closestMatch } from '../../service/text/similarity';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_ERROR, UsageError, type CliIO, type Command } from '../command';
import { collectFiles } from '../files';
import { FORMATTERS } from '../format';
import type { FileResult } from '../format/types';

const USAGE = `Usage: connect-iam lint [options] PATHS...

Lints IAM policies in the given files and folders (folders: every *.json and *.jsonc,
skipping node_modules and dot-folders) with the same rules as the VS Code extension.

Options:
  -f, --format text|json|sarif   output format (default: text)
  --rule ID=SEVERITY             set a rule's severity: error, warning, information, hint or off
                                 (repeatable)
  -h, --help                     show this help

Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or I/O error.
`;

export const lintCommand: Command = {
  name: 'lint',
  summary: 'lint policy files and folders (text, json or sarif output)',
  usage: USAGE,
  run(args: string[], io: CliIO): number {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', short: 'f', default: 'text' },
      rule: { type: 'string', multiple: true, default: [] },
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
    if (positionals.length === 0) throw new UsageError('No paths given: name the policy files or folders to lint.');

    const files = collectFiles(positionals, io.cwd);
    // A CI step pointed at the wrong folder must fail, not pass quietly with nothing checked.
    if (files.length === 0) throw new UsageError(`No *.json or *.jsonc files found in ${positionals.join(', ')}.`);
    const catalog = loadCatalog();
    const { results, unreadable } = lintFiles(files, io, new PolicyLanguageService(catalog), ruleSeverity);
    io.out(formatter(results, { cwd: io.cwd, rules: RULES, catalog }));
    if (unreadable > 0) return EXIT_ERROR;
    return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** Validates each file; a file that cannot be read is reported on stderr and counted, the rest go on. */
function lintFiles(files: readonly string[], io: CliIO, service: PolicyLanguageService, ruleSeverity: Record<string, Severity | 'off'>) {
  const results: FileResult[] = [];
  let unreadable = 0;
  for (const file of files) {
    const absolute = resolve(io.cwd, file);
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch (error) {
      io.err(`connect-iam: cannot read ${file}: ${(error as Error).message}\n`);
      unreadable++;
      continue;
    }
    // Editors hand the server text without the byte-order mark; do the same so positions agree.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const languageId = extname(file).toLowerCase() === '.jsonc' ? 'jsonc' : 'json';
    const diagnostics = service.validate({ uri: pathToFileURL(absolute).href, text, languageId }, { ruleSeverity });
    results.push({ file, diagnostics: diagnostics.sort(byPosition) });
  }
  return { results, unreadable };
}

/** Reading order, top to bottom; the sort is stable, so findings at one place keep the rules' order. */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
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
