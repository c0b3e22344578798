/**
 * Where the downloaded catalog lives and how it is read back: <cache dir>/catalog/ holds the same
 * layout as the bundled dist/catalog (index.json + services/<prefix>.json) plus update.json, which
 * says where and when the data came from. A missing or unreadable download means the bundled data.
 */

import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CatalogIndex } from '../catalog';

/** Raised when the converted layout changes, so that an older download is no longer read. */
export const CATALOG_FORMAT = 1;
export const CACHE_DIR_ENV = 'CONNECT_IAM_CACHE_DIR';

export interface UpdateRecord {
  format: number;
  endpoint: string;
  /** ISO time of the download. */
  downloadedAt: string;
  services: number;
  actions: number;
}

/** The CLI's cache folder: $CONNECT_IAM_CACHE_DIR, else the platform's user cache folder + connect-iam. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env[CACHE_DIR_ENV]) return env[CACHE_DIR_ENV];
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'connect-iam');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'connect-iam', 'cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'connect-iam');
  return join(home, '.cache', 'connect-iam');
}

export function downloadedCatalogDir(cacheDir: string): string {
  return join(cacheDir, 'catalog');
}

export interface DownloadedCatalog {
  dir: string;
  index: CatalogIndex;
  record: UpdateRecord;
}

/** The download in cacheDir when it is complete and of the current format; undefined otherwise, never throws. */
export function readDownloadedCatalog(cacheDir: string): DownloadedCatalog | undefined {
  const dir = downloadedCatalogDir(cacheDir);
  try {
    const record = JSON.parse(readFileSync(join(dir, 'update.json'), 'utf8')) as UpdateRecord;
    if (record.format !== CATALOG_FORMAT) return undefined;
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as CatalogIndex;
    if (typeof index.source !== 'string' || typeof index.date !== 'string' || typeof index.services !== 'object' || index.services === null) return undefined;
    if (!Array.isArray(index.globalConditionKeys)) return undefined;
    const prefixes = Object.keys(index.services);
    if (prefixes.length === 0 || !prefixes.every((prefix) => existsSync(join(dir, 'services', `${prefix}.json`)))) return undefined;
    return { dir, index, record };
  } catch {
    return undefined;
  }
}
