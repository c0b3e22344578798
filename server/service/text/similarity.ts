/** Row buffers reused across calls: did-you-mean compares a word with hundreds of candidates. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Damerau-Levenshtein (optimal string alignment) distance, for did-you-mean suggestions. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prevPrev, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < d) d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prevPrev[j - 2] + 1 < d) d = prevPrev[j - 2] + 1;
      cur[j] = d;
    }
    const oldest = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = oldest;
  }
  return prev[n];
}

/**
 * The closest candidate to `word` (case-insensitive), if it is close enough to be a likely typo:
 * at most a third of the word's length in edits, and never more than `maxDistance`.
 */
export function closestMatch(word: string, candidates: Iterable<string>, maxDistance = 3): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(maxDistance, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (Math.abs(c.length - lower.length) > limit) continue;
    const d = editDistance(lower, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
