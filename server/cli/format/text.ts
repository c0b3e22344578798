import { SEVERITIES, type Severity } from '../../service/diagnostics';
import type { FileResult } from './types';

/** One line per finding, `path:line:col severity message [code]` with 1-based positions, then a summary. */
export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  const counts = new Map<Severity, number>(SEVERITIES.map((s) => [s, 0]));
  let filesWithFindings = 0;
  for (const { file, diagnostics } of results) {
    if (diagnostics.length > 0) filesWithFindings++;
    for (const d of diagnostics) {
      counts.set(d.severity, (counts.get(d.severity) ?? 0) + 1);
      lines.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message} [${d.code}]`);
    }
  }
  lines.push(summary(counts, filesWithFindings, results.length));
  return `${lines.join('\n')}\n`;
}

function summary(counts: Map<Severity, number>, filesWithFindings: number, filesChecked: number): string {
  if (filesChecked === 0) return 'No file was checked.';
  const checked = plural(filesChecked, 'file');
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return `No problems found in ${checked}.`;
  const parts = SEVERITIES.filter((s) => (counts.get(s) ?? 0) > 0).map((s) => plural(counts.get(s) ?? 0, s === 'information' ? 'info' : s));
  return `${plural(total, 'problem')} (${parts.join(', ')}) in ${filesWithFindings} of ${checked}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
