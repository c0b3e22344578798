/**
 * Files are handed out in small batches from one counter that every thread shares, so a thread that
 * meets slow files simply claims fewer batches and no core waits idle while work is left.
 */
export const BATCH_SIZE = 8;

/** A counter in shared memory: the index of the first file no thread has claimed yet. */
export function sharedCounter(start: number): Int32Array {
  const counter = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  counter[0] = start;
  return counter;
}

/**
 * The file indices this thread lints: its reserved batch first (given at start so that every worker
 * takes part however fast the others are), then batches claimed from `next` until none is left.
 */
export function* claimIndices(next: Int32Array, total: number, reservedStart?: number): Generator<number> {
  if (reservedStart !== undefined) yield* range(reservedStart, total);
  for (let start = Atomics.add(next, 0, BATCH_SIZE); start < total; start = Atomics.add(next, 0, BATCH_SIZE)) {
    yield* range(start, total);
  }
}

function* range(start: number, total: number): Generator<number> {
  const end = Math.min(start + BATCH_SIZE, total);
  for (let index = start; index < end; index++) yield index;
}
