import type { Node } from 'jsonc-parser';
import type { Catalog } from '../../catalog/catalog';
import { stringEntries } from '../../document/policyView';
import { editAtPath } from '../../text/edits';
import { matchesWildcard } from '../../text/wildcard';
import { parseAction } from '../actions/actionEntries';
import { pathFromData } from '../structure/insertProperty';
import type { Rule } from '../rule';
import { literalStatements } from '../structure/elements';

/** One Action or NotAction entry with the catalog actions it matches ("service:Name"). */
interface Expanded {
  node: Node;
  text: string;
  index: number;
  matches: readonly string[];
}

export const actionRedundant: Rule = {
  meta: {
    id: 'action-redundant',
    description: 'An action entry whose every action another entry of the same statement already matches (iam:GetRole beside iam:Get*).',
    category: 'suggestion',
    defaultSeverity: 'information',
  },
  check({ doc, catalog, report }) {
    for (const policy of doc.policies) {
      for (const statement of literalStatements(policy)) {
        for (const element of ['Action', 'NotAction'] as const) {
          const list = element === 'Action' ? statement.action : statement.notAction;
          if (list?.type !== 'array') continue;
          for (const { entry, by } of redundantEntries(catalog, list)) {
            report({
              node: entry.node,
              message: message(entry, by, element, catalog.date),
              data: { path: [...statement.path, element, entry.index] },
              unnecessary: true,
            });
          }
        }
      }
    }
  },
  fix({ doc, diagnostic }) {
    const path = pathFromData(diagnostic.data);
    if (!path || typeof path[path.length - 1] !== 'number') return [];
    // Not in fix-all: whether to keep the named action or the wildcard is the author's choice.
    return [{ title: 'Remove the redundant action', edits: editAtPath(doc, path, undefined), isPreferred: true }];
  },
};

function message(entry: Expanded, by: Expanded, element: string, date: string): string {
  if (entry.text.toLowerCase() === by.text.toLowerCase()) return `"${entry.text}" is already in this ${element}. Remove the repeat.`;
  const what =
    entry.matches.length === 1 && entry.matches[0].toLowerCase() === entry.text.toLowerCase()
      ? 'it'
      : `the ${entry.matches.length === 1 ? 'one action' : `${entry.matches.length} actions`} it matches in the Service Authorization Reference data of ${date}`;
  return `"${entry.text}" is redundant: "${by.text}" in this ${element} already matches ${what}. Remove it, or keep it and narrow "${by.text}" if that is what you meant.`;
}

/**
 * Entries whose actions another entry also matches; of two that match each other (a repeat, or two
 * patterns for the same actions), the later one is reported. Entries that match no catalog action are
 * other rules' findings and are never called redundant, though they may cover others ("s3*:Get*").
 */
function redundantEntries(catalog: Catalog, list: Node): { entry: Expanded; by: Expanded }[] {
  const entries = stringEntries(list).flatMap((entry, index): Expanded[] =>
    entry.text === undefined ? [] : [{ node: entry.node, text: entry.text, index, matches: expand(catalog, entry.text) }],
  );
  const found: { entry: Expanded; by: Expanded }[] = [];
  for (const entry of entries) {
    if (entry.matches.length === 0) continue;
    const by = entries.find((other) => other !== entry && covers(other, entry) && (!covers(entry, other) || other.index < entry.index));
    if (by) found.push({ entry, by });
  }
  return found;
}

function covers(wider: Expanded, narrower: Expanded): boolean {
  return narrower.matches.length > 0 && narrower.matches.every((action) => matchesWildcard(wider.text, action, true));
}

/** The catalog actions an entry matches; empty when it matches none (other rules report those). */
function expand(catalog: Catalog, text: string): readonly string[] {
  if (text === '*') return ['*'];
  const { prefix, name, prefixHasWildcard, nameHasWildcard } = parseAction(text);
  if (prefix === undefined || name === undefined || prefixHasWildcard) return [];
  const service = catalog.service(prefix);
  if (!service) return [];
  if (!nameHasWildcard) {
    const action = service.action(name);
    return action ? [`${prefix}:${action.name}`] : [];
  }
  return service.actionsMatching(name).map((action) => `${prefix}:${action.name}`);
}
