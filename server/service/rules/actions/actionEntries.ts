import type { Node } from 'jsonc-parser';
import type { ParsedDocument } from '../../document/parsedDocument';
import { stringEntries } from '../../document/policyView';
import { hasWildcard } from '../../text/wildcard';
import { literalStatements } from '../structure/elements';

/** Where an action may be written; NotAction entries are checked like Action entries. */
export type ActionElement = 'Action' | 'NotAction';

/** One written action ("connect:StartChatContact", "s3:Get*", "*"), split where it is well formed. */
export interface ActionEntry {
  node: Node;
  /** Undefined for a value that is not a string (a number, an object that is not an intrinsic). */
  text?: string;
  element: ActionElement;
  /** Present when the text has the service:action form. */
  prefix?: string;
  name?: string;
  /** Whether the prefix or the name holds `*` or `?`. */
  prefixHasWildcard: boolean;
  nameHasWildcard: boolean;
}

const WELL_FORMED = /^([A-Za-z0-9*?-]+):([A-Za-z0-9*?-]+)$/;

export function parseAction(text: string): Pick<ActionEntry, 'prefix' | 'name' | 'prefixHasWildcard' | 'nameHasWildcard'> {
  const match = WELL_FORMED.exec(text);
  if (!match) return { prefixHasWildcard: false, nameHasWildcard: false };
  const [, prefix, name] = match;
  return { prefix, name, prefixHasWildcard: hasWildcard(prefix), nameHasWildcard: hasWildcard(name) };
}

const perDocument = new WeakMap<ParsedDocument, readonly ActionEntry[]>();

/**
 * Every entry of Action and NotAction in the document's policies; CloudFormation intrinsics are
 * skipped. Collected once per parsed document and shared by the action rules.
 */
export function actionEntries(doc: ParsedDocument): readonly ActionEntry[] {
  const cached = perDocument.get(doc);
  if (cached) return cached;
  const entries: ActionEntry[] = [];
  for (const policy of doc.policies) {
    for (const statement of literalStatements(policy)) {
      collect(statement.action, 'Action', entries);
      collect(statement.notAction, 'NotAction', entries);
    }
  }
  perDocument.set(doc, entries);
  return entries;
}

function collect(value: Node | undefined, element: ActionElement, into: ActionEntry[]): void {
  for (const entry of stringEntries(value)) {
    if (entry.dynamic) continue;
    const parsed = entry.text === undefined ? { prefixHasWildcard: false, nameHasWildcard: false } : parseAction(entry.text);
    into.push({ node: entry.node, text: entry.text, element, ...parsed });
  }
}
