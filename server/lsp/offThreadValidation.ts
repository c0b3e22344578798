import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic } from '../service/diagnostics';
import type { TextDocumentInput } from '../service/document/parsedDocument';
import type { ServiceOptions } from '../service/options';

/**
 * Documents at least this long are validated on a worker thread: parsing and checking a 4.9 MB
 * template takes the better part of a second, which on the main thread would hold up every hover,
 * completion and diagnostic of every other document. Below it validation takes milliseconds.
 */
export const OFF_THREAD_CHARS = 256 * 1024;

/** The validation worker's heap: about 40 times what the largest document checked (5 MB) needs as a policy. */
export const WORKER_HEAP_MB = 1024;

export interface ValidationJob {
  id: number;
  input: TextDocumentInput;
  options: Partial<ServiceOptions>;
  /** The AWS data the main thread checks against, so that a large document is checked against the same. */
  catalog: CatalogInUse;
}

/** A catalog folder and how many times the data in it was switched ("Update AWS data" replaces it in place). */
export interface CatalogInUse {
  dir: string;
  generation: number;
}

/** A checked document's findings, and how many policies it holds (for the language status item). */
export type ValidationOutcome = { id: number; diagnostics: Diagnostic[]; policies: number } | { id: number; error: string };

/**
 * How long a cancelled job may run on before the worker is stopped. Typing cancels the pull of every
 * version but the last: letting the job finish keeps the worker, its AWS data and the document's
 * previous version for the incremental check, where a new worker takes seconds to load them (and
 * stopping the first, whole check of a just-opened template would start that over at every keystroke).
 * A hostile document that takes longer than this is stopped.
 */
export const CANCELLED_JOB_GRACE_MS = 5000;

/** Thrown to a caller whose validation was cancelled or superseded. */
export class ValidationCancelled extends Error {}

interface Pending {
  job: ValidationJob;
  token?: CancellationToken;
  resolve: (diagnostics: Diagnostic[]) => void;
  reject: (error: Error) => void;
  /** Set when the caller was told the job was cancelled while the worker runs it on. */
  abandoned?: NodeJS.Timeout;
}

/**
 * One worker thread (dist/validationWorker.js, beside the server bundle), started on first use, that
 * validates one large document at a time. A queued job for a document is replaced by a newer one for
 * the same document. A running job whose request is cancelled is answered as cancelled at once; the
 * worker finishes it (its result is dropped) unless that takes longer than CANCELLED_JOB_GRACE_MS, and
 * then it is stopped and a new one started for the next job.
 */
export class OffThreadValidator {
  private worker: Worker | undefined;
  private running: Pending | undefined;
  private queue: Pending[] = [];
  private nextId = 1;
  /** The policies counted in each document's latest checked version, so that the status item needs no parse on the main thread. */
  private readonly policyCounts = new Map<string, number>();
  /** How many worker threads were started: one, unless a job failed or ran on too long after its cancellation. */
  workersStarted = 0;

  constructor(
    private readonly script = join(__dirname, 'validationWorker.js'),
    private readonly heapMb = WORKER_HEAP_MB,
    private readonly cancelledJobGraceMs = CANCELLED_JOB_GRACE_MS,
  ) {}

  /** False when the worker bundle is missing (the server run from its sources): validate on the main thread then. */
  get available(): boolean {
    return existsSync(this.script);
  }

  validate(input: TextDocumentInput, options: Partial<ServiceOptions>, catalog: CatalogInUse, token?: CancellationToken): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const pending: Pending = { job: { id: this.nextId++, input: { ...input }, options, catalog: { ...catalog } }, token, resolve, reject };
      for (const queued of this.queue.filter((p) => p.job.input.uri === input.uri)) queued.reject(new ValidationCancelled('superseded by a newer version'));
      this.queue = [...this.queue.filter((p) => p.job.input.uri !== input.uri), pending];
      token?.onCancellationRequested(() => this.cancel(pending));
      this.startNext();
    });
  }

  /** How many policies the latest version of `uri` checked here holds, if one was. */
  policiesIn(uri: string): number | undefined {
    return this.policyCounts.get(uri);
  }

  forget(uri: string): void {
    this.policyCounts.delete(uri);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private cancel(pending: Pending): void {
    if (this.running === pending) {
      if (pending.abandoned) return;
      pending.reject(new ValidationCancelled('cancelled'));
      // The worker cannot be interrupted: let it finish, or stop it and start afresh for the next job.
      pending.abandoned = setTimeout(() => {
        if (this.running !== pending) return;
        this.running = undefined;
        this.dispose();
        this.startNext();
      }, this.cancelledJobGraceMs);
    } else if (this.queue.includes(pending)) {
      this.queue = this.queue.filter((p) => p !== pending);
      pending.reject(new ValidationCancelled('cancelled'));
    }
  }

  private startNext(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    if (next.token?.isCancellationRequested) {
      next.reject(new ValidationCancelled('cancelled'));
      this.startNext();
      return;
    }
    this.running = next;
    const worker = this.ensureWorker();
    // Busy, it keeps the process alive until it answers; idle, it must not (see ensureWorker).
    worker.ref();
    worker.postMessage(next.job);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // A hostile document may need more memory than any policy: the worker fails alone, the server stays.
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    this.workersStarted++;
    worker.on('message', (outcome: ValidationOutcome) => this.finished(outcome));
    worker.on('error', (error) => this.failed(worker, error));
    worker.on('exit', (code) => this.failed(worker, new Error(`the validation worker stopped (exit code ${code})`)));
    // An idle worker must not keep the server process alive once the connection has closed.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private finished(outcome: ValidationOutcome): void {
    const pending = this.running;
    if (!pending || pending.job.id !== outcome.id) return;
    this.running = undefined;
    clearTimeout(pending.abandoned);
    // An abandoned job's caller has its answer already; rejecting or resolving again does nothing.
    if ('error' in outcome) pending.reject(new Error(outcome.error));
    else {
      this.policyCounts.set(pending.job.input.uri, outcome.policies);
      pending.resolve(outcome.diagnostics);
    }
    this.worker?.unref();
    this.startNext();
  }

  private failed(worker: Worker, error: Error): void {
    if (this.worker !== worker) return; // a worker stopped on purpose
    this.worker = undefined;
    const pending = this.running;
    this.running = undefined;
    clearTimeout(pending?.abandoned);
    pending?.reject(error);
    this.startNext();
  }
}
