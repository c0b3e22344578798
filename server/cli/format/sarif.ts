import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl, type Severity } from '../../service/diagnostics';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../version';
import type { FileResult, Finding, FormatContext } from './types';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A SARIF 2.1.0 log that GitHub code scanning accepts: every rule described in tool.driver.rules,
 * results pointing into them by id and index, locations as repository-relative URIs with 1-based
 * regions (columns in UTF-16 code units, as LSP and our ranges count them).
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
            informationUri: TOOL_URI,
            rules: context.rules.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              helpUri: ruleDocsUrl(meta.id),
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
