import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../service/diagnostics';
import type { PolicyLanguageService } from '../../service/languageService';
import { readPolicyFile } from '../../files/readPolicyFile';
import type { Finding } from '../format/types';

/** What every thread of one run lints with: the same folder and severities, so any thread gives the same findings. */
export interface LintSettings {
  cwd: string;
  ruleSeverity: Record<string, Severity | 'off'>;
}

/** One file's findings, or why it could not be read (the run goes on and exits 2). */
export type FileOutcome = { file: string; findings: Finding[] } | { file: string; unreadable: string };

export function lintFile(file: string, settings: LintSettings, service: PolicyLanguageService): FileOutcome {
  const absolute = resolve(settings.cwd, file);
  let text: string;
  try {
    text = readPolicyFile(absolute);
  } catch (error) {
    return { file, unreadable: (error as Error).message };
  }
  const languageId = extname(file).toLowerCase() === '.jsonc' ? 'jsonc' : 'json';
  const diagnostics = service.validate({ uri: pathToFileURL(absolute).href, text, languageId }, { ruleSeverity: settings.ruleSeverity });
  // Only what the formatters write crosses threads: `data` is the rules' own business and need not be cloneable.
  const findings = diagnostics.map(({ code, severity, message, range }): Finding => ({ code, severity, message, range }));
  return { file, findings: findings.sort(byPosition) };
}

/** Reading order, top to bottom; the sort is stable, so findings at one place keep the rules' order. */
function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
