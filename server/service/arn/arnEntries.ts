import type { Node } from 'jsonc-parser';
import type { ParsedDocument } from '../document/parsedDocument';
import { stringEntries, type StatementView } from '../document/policyView';
import { allowsExecuteApiShortForm, isExecuteApiShortForm } from './executeApiShortForm';
import { parseArn, type ArnParse, type ParsedArn } from './parseArn';

/** A plain-string Resource or NotResource entry that should be an ARN (anything but "*" and API Gateway's short form). */
export interface ArnEntry {
  statement: StatementView;
  node: Node;
  text: string;
  parse: ArnParse;
}

const cache = new WeakMap<ParsedDocument, ArnEntry[]>();

/** Every ARN written as a plain string in Resource or NotResource, across the document's policies (parsed once per document). */
export function arnEntries(doc: ParsedDocument): ArnEntry[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const found: ArnEntry[] = [];
  for (const policy of doc.policies) {
    for (const statement of policy.statements) {
      const shortForms = allowsExecuteApiShortForm(statement);
      for (const entry of [...stringEntries(statement.resource), ...stringEntries(statement.notResource)]) {
        if (entry.text === undefined || entry.text === '*') continue;
        // API Gateway expands its short form to the API's ARN: not an ARN as written, and not wrong.
        if (shortForms && isExecuteApiShortForm(entry.text)) continue;
        found.push({ statement, node: entry.node, text: entry.text, parse: parseArn(entry.text) });
      }
    }
  }
  cache.set(doc, found);
  return found;
}

export interface ParsedArnEntry extends ArnEntry {
  arn: ParsedArn;
}

const parsedCache = new WeakMap<ParsedDocument, ParsedArnEntry[]>();

/** The parsed ARNs only, for rules about one part of a well-formed ARN. */
export function parsedArns(doc: ParsedDocument): ParsedArnEntry[] {
  let found = parsedCache.get(doc);
  if (!found) {
    found = arnEntries(doc).flatMap((entry) => (entry.parse.kind === 'arn' ? [{ ...entry, arn: entry.parse.arn }] : []));
    parsedCache.set(doc, found);
  }
  return found;
}
