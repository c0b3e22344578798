import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileNotRead, readPolicyFile } from '../files/readPolicyFile';
import type { TextDocumentInput } from '../service/document/parsedDocument';
import type { ServerContext } from './serverContext';

export type DocumentRead = { input: TextDocumentInput } | { error: string };

/**
 * A document's text as the editor has it when it is open, else as saved on disk (policies and
 * tests files that are referenced but not open). A saved file is read only when it is a regular
 * local file under the size cap inside `root` (by default the workspace folder holding it; none:
 * not read), so a tests file cannot make the server read devices, FIFOs, network shares or files
 * elsewhere on the machine. Saved files carry no version, so their parses are never cached.
 */
export function readDocument(context: ServerContext, uri: string, root?: string): DocumentRead {
  const open = context.documents.get(uri);
  if (open) return { input: context.input(open) };
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return { error: `${uri} is not a valid uri` };
  }
  if (url.protocol !== 'file:') return { error: `${uri} is not a local file` };
  // file://host/share/... is a UNC path on Windows: reading it would go over SMB.
  if (url.host !== '') return { error: `${uri} names a file on another machine; only local files are read` };
  const path = fileURLToPath(url);
  const folder = root ?? context.workspaceFolderOf(path);
  if (!folder) return { error: `${path} is outside the workspace folders; only files inside them are read` };
  try {
    return { input: { uri, text: readPolicyFile(path, { root: folder }), languageId: 'json' } };
  } catch (error) {
    if (error instanceof FileNotRead) return { error: `${path}: ${error.message}` };
    throw error;
  }
}

/** readDocument without the reason: undefined when the document cannot be read. */
export function openOrSavedDocument(context: ServerContext, uri: string): TextDocumentInput | undefined {
  const read = readDocument(context, uri);
  return 'input' in read ? read.input : undefined;
}

/**
 * The folder a tests file's policies must lie in: the workspace folder holding the tests file, or
 * without one the tests file's own folder.
 */
export function policiesRootOf(context: ServerContext, testsUri: string): string | undefined {
  if (!testsUri.startsWith('file:')) return undefined;
  const path = fileURLToPath(testsUri);
  return context.workspaceFolderOf(path) ?? dirname(path);
}
