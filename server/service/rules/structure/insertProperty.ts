import type { ParsedDocument } from '../../document/parsedDocument';
import type { SourceNode } from '../../sources/types';
import type { TextEdit } from '../../text/lineIndex';

/**
 * Adds `key: value` to an object (a policy or a statement) before the property at the index `at`
 * picks from the existing keys (Version first, Effect after Sid), written by the document's writer.
 */
export function insertProperty(doc: ParsedDocument, object: SourceNode | undefined, key: string, value: unknown, at: (existingKeys: string[]) => number): TextEdit[] {
  if (object?.type !== 'object') return [];
  const keys = (object.children ?? []).map((p) => String(p.children?.[0]?.value));
  return doc.writer.insertProperty(object, key, value, at(keys));
}
