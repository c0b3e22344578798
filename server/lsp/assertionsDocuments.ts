import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TextDocumentInput } from '../service/document/parsedDocument';
import type { ServerContext } from './serverContext';

/**
 * A document's text as the editor has it when it is open, else as saved on disk (policies and
 * tests files that are referenced but not open). undefined when neither exists. Saved files carry
 * no version, so their parses are never cached.
 */
export async function openOrSavedDocument(context: ServerContext, uri: string): Promise<TextDocumentInput | undefined> {
  const open = context.documents.get(uri);
  if (open) return context.input(open);
  if (!uri.startsWith('file:')) return undefined;
  try {
    return { uri, text: await readFile(fileURLToPath(uri), 'utf8'), languageId: 'json' };
  } catch {
    return undefined;
  }
}
