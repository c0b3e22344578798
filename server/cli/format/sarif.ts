import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../service/diagnostics';
import type { RuleDocsLocation } from '../../ruleDocsLocation';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import type { FileResult, Finding, FormatContext } from './types';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A SARIF 2.1.0 log that GitHub code scanning accepts: every rule described in tool.driver.rules,
 * results pointing into them by id and index, locations as repository-relative URIs with 1-based
 * regions (columns in UTF-16 code units, as LSP and our ranges count them). Each rule carries its
 * docs page as `help`.
 */
export function formatSarif(results: readonly FileResult[], context: FormatContext): string {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.meta.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            rules: context.rules.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              ...ruleHelp(meta.id, context.ruleDocs),
              defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
              properties: { category: meta.category },
            })),
            properties: { awsCatalog: context.catalog.sourceName, awsCatalogDate: context.catalog.date },
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, diagnostics }) =>
          diagnostics.map((diagnostic) => sarifResult(diagnostic, artifactUri(file, context.cwd), ruleIndex.get(diagnostic.code))),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * The rule's docs page as SARIF help, text and Markdown, which code scanning shows with the alert.
 * No helpUri: the page has no web address, and a file: URI of the CI machine would lead nowhere.
 */
function ruleHelp(ruleId: string, docs: RuleDocsLocation | undefined) {
  if (!docs) return {};
  const page = join(docs.dir, `${ruleId}.md`);
  if (!existsSync(page)) return {};
  const markdown = readFileSync(page, 'utf8');
  return { help: { text: markdown, markdown } };
}

function sarifResult(diagnostic: Finding, uri: string, index: number | undefined) {
  const { start, end } = diagnostic.range;
  return {
    ruleId: diagnostic.code,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVELS[diagnostic.severity],
    message: { text: diagnostic.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
        },
      },
    ],
  };
}

/** Relative to the working folder (the repository root in CI) when inside it, else an absolute file URI. */
function artifactUri(file: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return pathToFileURL(absolute).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}
