import { closestMatch, editDistance } from './similarity';

/**
 * Every candidate as close to `word` as the best one (case-insensitive, duplicates removed), within
 * closestMatch's typo limit. One result means one right answer, which a fix may apply on its own.
 */
export function didYouMean(word: string, candidates: readonly string[], maxDistance?: number): string[] {
  const best = closestMatch(word, candidates, maxDistance);
  if (best === undefined) return [];
  const lower = word.toLowerCase();
  const distance = editDistance(lower, best.toLowerCase());
  const seen = new Set<string>();
  const ties: string[] = [];
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (seen.has(c) || Math.abs(c.length - lower.length) > distance) continue;
    if (editDistance(lower, c) === distance) {
      seen.add(c);
      ties.push(candidate);
    }
  }
  return ties;
}
