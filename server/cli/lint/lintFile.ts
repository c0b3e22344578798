import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../service/diagnostics';
import type { ParsedDocument } from '../../service/document/parsedDocument';
import type { PolicyLanguageService } from '../../service/languageService';
import { withDefaults } from '../../service/options';
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
 * `notChecked`, a file read but with nothing to check (empty, or not JSON nor a template), which fails
 * the run only when no file was checked.
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
  // The file's name and text tell JSON from YAML; version 0 lets the check below reuse this parse.
  const input = { uri: pathToFileURL(absolute).href, text, languageId: LANGUAGE_IDS[extname(file).toLowerCase()], version: 0 };
  const options = withDefaults({ ruleSeverity: settings.ruleSeverity });
  const diagnostics = service.validate(input, options);
  const unknown = diagnostics.length === 0 ? unknownContent(service.parse(input, options)) : undefined;
  service.forget(input.uri);
  if (unknown) return { file, notChecked: unknown };
  // Only what the formatters write crosses threads: `data` is the rules' own business and need not be cloneable.
  // Messages are built from values cut from the text; copies keep the run from holding every file's text to the end.
  const findings = diagnostics.map(({ code, severity, message, range }): Finding => ({ code, severity, message: ownCopy(message), range }));
  return { file, findings: findings.sort(byPosition) };
}

/** The editor's language for a file name, where the name decides it; other files are told apart by their text. */
const LANGUAGE_IDS: Record<string, string | undefined> = { '.jsonc': 'jsonc', '.yaml': 'yaml', '.yml': 'yaml' };

/**
 * Why a file without findings was not checked, when it is nothing the linter reads: YAML that is not a
 * template, or text that is not JSON and holds no policy. A JSON file without a policy was checked.
 */
function unknownContent(doc: ParsedDocument): string | undefined {
  if (doc.policies.length > 0) return undefined;
  if (doc.format === 'yaml') return 'it is YAML but not a CloudFormation or SAM template (no AWSTemplateFormatVersion, no resource of an AWS:: type)';
  if (!doc.root || doc.syntaxErrors.length > 0) return 'it is neither JSON nor a YAML CloudFormation template';
  return undefined;
}

/** Reading order, top to bottom; the sort is stable, so findings at one place keep the rules' order. */
function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
