import type { FileOutcome, LintSettings } from './lintFile';

/** What the main thread gives each lint worker (dist/cliWorker.js) as workerData. */
export interface WorkerInput {
  files: readonly string[];
  settings: LintSettings;
  /** The shared counter of batches.ts. */
  next: Int32Array;
  /** The first index of the batch reserved for this worker. */
  reservedStart: number;
}

/** The one message a worker posts when no batch is left: the indices it linted and their outcomes, in step. */
export interface WorkerOutput {
  indices: number[];
  outcomes: FileOutcome[];
}
