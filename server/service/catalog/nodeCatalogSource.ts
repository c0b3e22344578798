import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog, type CatalogIndex, type CatalogSource, type RawService } from './catalog';
import { defaultCacheDir, readDownloadedCatalog } from './update/catalogStore';
import type { BundledData } from './update/convert';

/** Reads the generated catalog folder (dist/catalog) from disk, one service file at a time. */
export class NodeCatalogSource implements CatalogSource {
  constructor(private readonly dir: string) {}

  index(): CatalogIndex {
    return JSON.parse(readFileSync(join(this.dir, 'index.json'), 'utf8')) as CatalogIndex;
  }

  service(prefix: string): RawService {
    return JSON.parse(readFileSync(join(this.dir, 'services', `${prefix}.json`), 'utf8')) as RawService;
  }
}

/** The bundles in dist/ find the catalog beside them; sources run by tests find it in dist/ at the root. */
export function bundledCatalogDir(): string {
  const candidates = [join(__dirname, 'catalog'), join(__dirname, '..', '..', '..', 'dist', 'catalog')];
  const found = candidates.find((dir) => existsSync(join(dir, 'index.json')));
  if (!found) {
    throw new Error(`The AWS catalog was not found (looked in ${candidates.join(', ')}). Run "npm run build" first.`);
  }
  return found;
}

/** The catalog `connect-iam catalog update` downloaded into cacheDir when it is complete, else the bundled one. */
export function preferredCatalogDir(cacheDir: string = defaultCacheDir()): string {
  return readDownloadedCatalog(cacheDir)?.dir ?? bundledCatalogDir();
}

/** What the updater takes from the bundled catalog: display names, descriptions, global condition keys. */
export function bundledData(dir: string = bundledCatalogDir()): BundledData {
  const source = new NodeCatalogSource(dir);
  const index = source.index();
  return {
    index,
    service: (prefix) => (Object.prototype.hasOwnProperty.call(index.services, prefix) ? source.service(prefix) : undefined),
  };
}

/** A catalog read afresh from dir: for data that replaced an earlier catalog in the same folder. */
export function openCatalog(dir: string): Catalog {
  return new Catalog(new NodeCatalogSource(dir));
}

const loaded = new Map<string, Catalog>();

export function loadCatalog(dir: string = preferredCatalogDir()): Catalog {
  let catalog = loaded.get(dir);
  if (!catalog) {
    catalog = new Catalog(new NodeCatalogSource(dir));
    loaded.set(dir, catalog);
  }
  return catalog;
}
