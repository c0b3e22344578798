import type { Diagnostic } from '../diagnostics';
import type { Fix } from './rule';

/**
 * The common shape of a fix: replace exactly the diagnostic's range with one of a few texts that the
 * rule computed while checking. With a single candidate the answer is unambiguous, so it is safe.
 */
export function replacementData(replacements: string[]): { replacements: string[] } {
  return { replacements };
}

export function replacementFixes(diagnostic: Diagnostic, title: (replacement: string) => string, safeWhenSingle = true): Fix[] {
  const replacements = diagnostic.data?.replacements;
  // Data travels through the client, so it is checked rather than trusted.
  if (!Array.isArray(replacements) || !replacements.every((r): r is string => typeof r === 'string')) return [];
  const safe = safeWhenSingle && replacements.length === 1;
  return replacements.map((replacement, i) => ({
    title: title(replacement),
    edits: [{ range: diagnostic.range, newText: replacement }],
    isPreferred: i === 0,
    safe,
  }));
}
