import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../service/diagnostics';
import type { PolicyLanguageService } from '../../service/languageService';
import { readPolicyFile } from '../../files/readPolicyFile';
import { ownCopy } from '../../service/text/textMemo';
import type { Finding } from '../format/types';

/** What every thread of one run lints with: the same folder and severities, so any thread gives the same findings. */
export interface LintSettings {
  cwd: string;
  ruleSeverity: Record<string, Severity | 'off'>;
}

/**
 * One file's findings, or why it was not checked: `unreadable` (the run goes on and exits 2) or
 * `notChecked`, a file read but with nothing to check (empty), which fails the run only when no file was checked.
 */
export type FileOutcome = { file: string; findings: Finding[] } | { file: string; unreadable: string } | { file: string; notChecked: string };

export function lintFile(file: string, settings: LintSettings, service: PolicyLanguageService): FileOutcome {
  const absolute = resolve(settings.cwd, file);
  let text: string;
  try {
    text = readPolicyFile(absolute);
  } catch (error) {
    return { file, unreadable: (error as Error).message };
  }
  if (text.trim() === '') return { file, notChecked: 'it is empty' };
  const languageId = extname(file).toLowerCase() === '.jsonc' ? 'jsonc' : 'json';
  const diagnostics = service.validate({ uri: pathToFileURL(absolute).href, text, languageId }, { ruleSeverity: settings.ruleSeverity });
  // Only what the formatters write crosses threads: `data` is the rules' own business and need not be cloneable.
  // Messages are built from values cut from the text; copies keep the run from holding every file's text to the end.
  const findings = diagnostics.map(({ code, severity, message, range }): Finding => ({ code, severity, message: ownCopy(message), range }));
  return { file, findings: findings.sort(byPosition) };
}

/** Reading order, top to bottom; the sort is stable, so findings at one place keep the rules' order. */
function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
