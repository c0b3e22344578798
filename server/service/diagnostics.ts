import type { Range } from './text/lineIndex';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** The constant `source` of every diagnostic we publish, so users and tests can filter ours. */
export const DIAGNOSTIC_SOURCE = 'connect-iam';

/** Where each rule's docs page lives; codeDescription.href points here. */
export const DOCS_BASE_URL = 'https://github.com/connect-iam/connect-iam/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** LSP-shaped diagnostic (severity as a word; the server maps it to LSP's number). */
export interface Diagnostic {
  range: Range;
  severity: Severity;
  code: string;
  codeDescription: { href: string };
  source: typeof DIAGNOSTIC_SOURCE;
  message: string;
  data?: Record<string, unknown>;
  unnecessary?: boolean;
}
