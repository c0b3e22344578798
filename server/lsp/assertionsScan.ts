import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ASSERTIONS_FILE_NAME } from '../service/assertions/assertionsFile';

const SKIPPED = new Set(['node_modules', 'dist', 'out', 'build', 'cdk.out', 'coverage']);
const MAX_DEPTH = 6;
const MAX_DIRECTORIES = 2_000;

/**
 * The tests files under a workspace folder, found once at start-up (later ones arrive as file
 * events). Bounded in depth and breadth so that a huge folder cannot stall the server.
 */
export async function findTestsFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const queue: [string, number][] = [[folder, 0]];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_DIRECTORIES) {
    const [dir, depth] = queue.shift() as [string, number];
    visited++;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isFile() && entry.name === ASSERTIONS_FILE_NAME) found.push(pathToFileURL(join(dir, entry.name)).toString());
      else if (entry.isDirectory() && depth < MAX_DEPTH && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) queue.push([join(dir, entry.name), depth + 1]);
    }
  }
  return found;
}

export function isTestsFile(uri: string): boolean {
  return uri.endsWith(`/${ASSERTIONS_FILE_NAME}`);
}
