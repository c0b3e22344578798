import type { Catalog } from '../../service/catalog/catalog';
import type { Diagnostic } from '../../service/diagnostics';
import type { Rule } from '../../service/rules/rule';
import type { RuleDocsLocation } from '../../ruleDocsLocation';

/** The parts of a diagnostic that the formatters write (all that crosses from a lint worker). */
export type Finding = Pick<Diagnostic, 'code' | 'severity' | 'message' | 'range'>;

/** The findings of one linted file; `file` is the path as the user named it (or as found in a folder). */
export interface FileResult {
  file: string;
  diagnostics: Finding[];
}

export interface FormatContext {
  /** The folder relative paths are resolved from (SARIF URIs are relative to it). */
  cwd: string;
  /** Every registered rule, so SARIF can describe them and index results into them. */
  rules: readonly Rule[];
  catalog: Catalog;
  /** The rule docs pages of the installed package, when it has them. */
  ruleDocs?: RuleDocsLocation;
}

/** Turns the results of a whole run into the text written to stdout. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
