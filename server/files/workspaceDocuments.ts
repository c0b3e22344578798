import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectFiles } from '../cli/files';
import type { TextDocumentInput } from '../service/document/parsedDocument';
import { readPolicyFile } from './readPolicyFile';

/** The syntaxes templates and policies are written in, by file extension. */
const LANGUAGE_OF: Record<string, string> = { '.json': 'json', '.jsonc': 'jsonc', '.template': 'json', '.yaml': 'yaml', '.yml': 'yaml' };
const TEMPLATE_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(LANGUAGE_OF));
/** Files read from one folder: a workspace holds a few hundred templates, not a whole disk's JSON. */
export const MAX_WORKSPACE_FILES = 5000;

export interface WorkspaceFiles {
  documents: TextDocumentInput[];
  /** "path: why" for each file that could not be read (too large, not a regular file). */
  unread: string[];
  /** The path as shown to the person (relative to `cwd`), by document URI. */
  shown: Map<string, string>;
}

/**
 * Every template and policy file under `folder` (JSON, YAML), as the service's document inputs.
 * With `root`, only files inside it are read, also after following symbolic links.
 */
export function readWorkspace(folder: string, cwd: string, root?: string): WorkspaceFiles {
  const files: WorkspaceFiles = { documents: [], unread: [], shown: new Map() };
  const paths = collectFiles([folder], cwd, TEMPLATE_EXTENSIONS);
  if (paths.length > MAX_WORKSPACE_FILES) files.unread.push(`${paths.length - MAX_WORKSPACE_FILES} files after the first ${MAX_WORKSPACE_FILES}: not read (name the folder of the templates with --workspace)`);
  for (const path of paths.slice(0, MAX_WORKSPACE_FILES)) {
    const absolute = resolve(cwd, path);
    const uri = pathToFileURL(absolute).href;
    try {
      const text = readPolicyFile(absolute, { root });
      files.documents.push({ uri, text, languageId: LANGUAGE_OF[extname(path).toLowerCase()] ?? 'json' });
      files.shown.set(uri, path);
    } catch (error) {
      files.unread.push(`${path}: ${(error as Error).message}`);
    }
  }
  return files;
}
