import type { Range } from './text/lineIndex';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** The constant `source` of every diagnostic we publish, so users and tests can filter ours. */
export const DIAGNOSTIC_SOURCE = 'connect-iam';

/**
 * The link to a rule's docs page under `base` (ServiceOptions.ruleDocsBase, a URI ending in "/");
 * none without a base: the service does not guess where the pages are installed.
 */
export function ruleDocsLink(ruleId: string, base: string | undefined): { href: string } | undefined {
  return base === undefined ? undefined : { href: `${base}${ruleId}.md` };
}

/** LSP-shaped diagnostic (severity as a word; the server maps it to LSP's number). */
export interface Diagnostic {
  range: Range;
  severity: Severity;
  code: string;
  /** The rule's docs page, when the caller said where the pages are. */
  codeDescription?: { href: string };
  source: typeof DIAGNOSTIC_SOURCE;
  message: string;
  data?: Record<string, unknown>;
  unnecessary?: boolean;
}
