import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { UsageError } from './command';

/** What a folder is searched for: JSON policies and templates, and YAML (or .template) CloudFormation templates. */
export const POLICY_EXTENSIONS = new Set(['.json', '.jsonc', '.yaml', '.yml', '.template']);

/**
 * The files to lint, in a stable order: files named on the command line as given (any extension),
 * and inside folders every *.json, *.jsonc, *.yaml, *.yml and *.template, skipping node_modules, dot-folders and symlinked
 * folders (which could loop). Paths keep the user's spelling (joined for folder contents) so the
 * output points where they looked. A file that cannot be read is still listed: reading it reports why.
 */
export function collectFiles(paths: readonly string[], cwd: string, extensions: ReadonlySet<string> = POLICY_EXTENSIONS): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(cwd, path);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(path);
    }
  };
  for (const path of paths) {
    const kind = kindOf(resolve(cwd, path));
    if (kind === 'missing') throw new UsageError(`No such file or folder: ${path}`);
    if (kind === 'folder') walkFolder(path, cwd, add, extensions);
    else add(path);
  }
  return files;
}

function walkFolder(folder: string, cwd: string, add: (path: string) => void, extensions: ReadonlySet<string>): void {
  let entries;
  try {
    entries = readdirSync(resolve(cwd, folder), { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`Cannot read folder ${folder}: ${(error as Error).message}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walkFolder(path, cwd, add, extensions);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && extensions.has(extname(entry.name).toLowerCase())) {
      if (!entry.isSymbolicLink() || kindOf(resolve(cwd, path)) !== 'folder') add(path);
    }
  }
}

/** "other" covers files and paths that exist but cannot be examined (reading them reports why). */
function kindOf(absolute: string): 'folder' | 'other' | 'missing' {
  try {
    return statSync(absolute).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'other';
  }
}
