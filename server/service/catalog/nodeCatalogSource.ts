import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog, type CatalogIndex, type CatalogSource, type RawService } from './catalog';

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
export function defaultCatalogDir(): string {
  const candidates = [join(__dirname, 'catalog'), join(__dirname, '..', '..', '..', 'dist', 'catalog')];
  const found = candidates.find((dir) => existsSync(join(dir, 'index.json')));
  if (!found) {
    throw new Error(`The AWS catalog was not found (looked in ${candidates.join(', ')}). Run "npm run build" first.`);
  }
  return found;
}

const loaded = new Map<string, Catalog>();

export function loadCatalog(dir: string = defaultCatalogDir()): Catalog {
  let catalog = loaded.get(dir);
  if (!catalog) {
    catalog = new Catalog(new NodeCatalogSource(dir));
    loaded.set(dir, catalog);
  }
  return catalog;
}
