/**
 * Downloads AWS's Service Reference and installs it as the catalog in a cache folder, only when
 * asked (`connect-iam catalog update`, the editor's "Update AWS data"). All or nothing: any failure
 * (network, HTTP status, malformed JSON, a service missing, the time limit) leaves the previous
 * data in place and is reported with what failed.
 */

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogIndex, RawService } from '../catalog';
import { CATALOG_FORMAT, downloadedCatalogDir, type UpdateRecord } from './catalogStore';
import { convertCatalog, type BundledData } from './convert';
import { DownloadError, getText } from './httpGet';
import { DEFAULT_ENDPOINT, ServiceReferenceFormatError, validateIndex, validateServiceDocument, type ServiceReferenceDocument } from './serviceReference';

export interface UpdateOptions {
  cacheDir: string;
  bundled: BundledData;
  endpoint?: string;
  /** Downloads at once. */
  concurrency?: number;
  /** For the whole update, in milliseconds. */
  timeoutMs?: number;
  /** Per response, in bytes. */
  maxBytes?: number;
  /** Fewer services than this in the index means a truncated index; default: half the bundled count. */
  minServices?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

export type UpdateResult =
  | { ok: true; dir: string; source: string; date: string; services: number; actions: number }
  | { ok: false; message: string; failures: string[] };

export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_TIMEOUT_MS = 180_000;
/** The largest service document (ec2) is a few megabytes; the cap only stops a runaway response. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const FAILURES_SHOWN = 5;

function combinedSignal(timeoutMs: number, user: AbortSignal | undefined): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`the update did not finish within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  const onUser = () => controller.abort(new Error('cancelled'));
  if (user?.aborted) onUser();
  user?.addEventListener('abort', onUser, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      user?.removeEventListener('abort', onUser);
    },
  };
}

async function getJson(url: string, options: { maxBytes: number; signal: AbortSignal; env?: NodeJS.ProcessEnv }): Promise<unknown> {
  const text = await getText(url, options);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ServiceReferenceFormatError(`${url}: not JSON (${(error as Error).message})`);
  }
}

/** Runs `work` over items, at most `limit` at a time; every item runs, so every failure is known. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Writes beside the target and swaps folders, so a reader sees the old catalog or the new one, never half. */
function installAtomically(cacheDir: string, index: CatalogIndex, services: Record<string, RawService>, record: UpdateRecord): string {
  mkdirSync(cacheDir, { recursive: true });
  const suffix = `${process.pid}-${Date.now()}`;
  const staging = join(cacheDir, `catalog.new-${suffix}`);
  const retired = join(cacheDir, `catalog.old-${suffix}`);
  const target = downloadedCatalogDir(cacheDir);
  try {
    mkdirSync(join(staging, 'services'), { recursive: true });
    for (const [prefix, service] of Object.entries(services)) writeFileSync(join(staging, 'services', `${prefix}.json`), JSON.stringify(service));
    writeFileSync(join(staging, 'index.json'), JSON.stringify(index));
    writeFileSync(join(staging, 'update.json'), JSON.stringify(record, null, 2));
    let hadPrevious = true;
    try {
      renameSync(target, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadPrevious = false;
    }
    try {
      renameSync(staging, target);
    } catch (error) {
      if (hadPrevious) renameSync(retired, target);
      throw error;
    }
    rmSync(retired, { recursive: true, force: true });
    return target;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function failure(message: string, failures: string[]): UpdateResult {
  const shown = failures.slice(0, FAILURES_SHOWN);
  const more = failures.length > shown.length ? `\n  ... and ${failures.length - shown.length} more` : '';
  return { ok: false, message: `${message}${shown.length ? `\n  ${shown.join('\n  ')}${more}` : ''}`, failures };
}

export async function updateCatalog(options: UpdateOptions): Promise<UpdateResult> {
  const endpoint = options.endpoint ?? DEFAULT_ENDPOINT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { signal, dispose } = combinedSignal(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.signal);
  const keep = 'The AWS data was not updated; the previous data stays in use.';
  try {
    let entries;
    try {
      entries = validateIndex(await getJson(endpoint, { maxBytes, signal, env: options.env }));
    } catch (error) {
      if (error instanceof DownloadError || error instanceof ServiceReferenceFormatError) return failure(`${keep} The index could not be read:`, [error.message]);
      throw error;
    }
    const minServices = options.minServices ?? Math.floor(Object.keys(options.bundled.index.services).length / 2);
    if (entries.length < minServices) {
      return failure(`${keep} The index lists ${entries.length} services, fewer than ${minServices}: it looks truncated.`, []);
    }
    const docs: ServiceReferenceDocument[] = [];
    const failures: string[] = [];
    let done = 0;
    options.onProgress?.(0, entries.length);
    await eachLimited(entries, options.concurrency ?? DEFAULT_CONCURRENCY, async (entry) => {
      if (signal.aborted && failures.length > 0) return;
      try {
        docs.push(validateServiceDocument(await getJson(new URL(entry.url, endpoint).href, { maxBytes, signal, env: options.env }), entry.service));
      } catch (error) {
        if (!(error instanceof DownloadError || error instanceof ServiceReferenceFormatError)) throw error;
        failures.push(error.message);
      }
      options.onProgress?.(++done, entries.length);
    });
    if (failures.length > 0) {
      const reason = signal.aborted ? String((signal.reason as Error).message) : `${failures.length} of ${entries.length} services failed`;
      return failure(`${keep} ${reason[0].toUpperCase()}${reason.slice(1)}:`, failures);
    }
    docs.sort((a, b) => (a.Name.toLowerCase() < b.Name.toLowerCase() ? -1 : 1));
    const downloadedAt = (options.now ?? (() => new Date()))();
    const converted = convertCatalog(docs, options.bundled, `AWS Service Reference ${endpoint}`, downloadedAt.toISOString().slice(0, 10));
    const actions = Object.values(converted.services).reduce((n, s) => n + Object.keys(s.actions).length, 0);
    const record: UpdateRecord = { format: CATALOG_FORMAT, endpoint, downloadedAt: downloadedAt.toISOString(), services: docs.length, actions };
    let dir: string;
    try {
      dir = installAtomically(options.cacheDir, converted.index, converted.services, record);
    } catch (error) {
      return failure(`${keep} The new data could not be written to ${options.cacheDir}:`, [(error as Error).message]);
    }
    return { ok: true, dir, source: converted.index.source, date: converted.index.date, services: docs.length, actions };
  } finally {
    dispose();
  }
}
