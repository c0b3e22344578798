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

export type ValidationOutcome = { id: number; diagnostics: Diagnostic[] } | { id: number; error: string };

/** Thrown to a caller whose validation was cancelled or superseded. */
export class ValidationCancelled extends Error {}

interface Pending {
  job: ValidationJob;
  token?: CancellationToken;
  resolve: (diagnostics: Diagnostic[]) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread (dist/validationWorker.js, beside the server bundle), started on first use, that
 * validates one large document at a time. A queued job for a document is replaced by a newer one for
 * the same document; a running job whose request is cancelled stops the worker at once (a new one is
 * started for the next job), so cancellation works also after validation has started.
 */
export class OffThreadValidator {
  private worker: Worker | undefined;
  private running: Pending | undefined;
  private queue: Pending[] = [];
  private nextId = 1;

  constructor(
    private readonly script = join(__dirname, 'validationWorker.js'),
    private readonly heapMb = WORKER_HEAP_MB,
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

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private cancel(pending: Pending): void {
    if (this.running === pending) {
      // The worker is busy with this job and cannot be interrupted: stop it, and start afresh for the next.
      this.running = undefined;
      this.dispose();
      pending.reject(new ValidationCancelled('cancelled'));
      this.startNext();
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
    if ('error' in outcome) pending.reject(new Error(outcome.error));
    else pending.resolve(outcome.diagnostics);
    this.worker?.unref();
    this.startNext();
  }

  private failed(worker: Worker, error: Error): void {
    if (this.worker !== worker) return; // a worker stopped on purpose
    this.worker = undefined;
    const pending = this.running;
    this.running = undefined;
    pending?.reject(error);
    this.startNext();
  }
}
