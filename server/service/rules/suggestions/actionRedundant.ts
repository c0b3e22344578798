import type { Node } from 'jsonc-parser';
import type { ActionInfo, Catalog } from '../../catalog/catalog';
import { stringEntries } from '../../document/policyView';
import { matchesWildcard, wildcardToRegExp } from '../../text/wildcard';
import { parseAction } from '../actions/actionEntries';
import { nodeFromData } from '../fixTarget';
import type { Rule } from '../rule';
import { literalStatements } from '../structure/elements';

/** One Action or NotAction entry, with the catalog actions it matches. */
interface Entry {
  node: Node;
  text: string;
  index: number;
  /** Lower-case service prefix; undefined for "*", a wildcard prefix or a malformed entry. */
  service?: string;
  name?: string;
  wildcard: boolean;
  /** The actions it matches; empty when it matches none (other rules report those). "*" matches everything. */
  matches: readonly ActionInfo[] | 'everything';
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
    const item = nodeFromData(doc, diagnostic.data);
    const list = item?.parent;
    if (!item || list?.type !== 'array') return [];
    // Not in fix-all: whether to keep the named action or the wildcard is the author's choice.
    return [{ title: 'Remove the redundant action', edits: doc.writer.removeListItems(list, [list.children?.indexOf(item) ?? -1]), isPreferred: true }];
  },
};

function message(entry: Entry, by: Entry, element: string, date: string): string {
  if (entry.text.toLowerCase() === by.text.toLowerCase()) return `"${entry.text}" is already in this ${element}. Remove the repeat.`;
  const count = entry.matches === 'everything' ? 0 : entry.matches.length;
  const what = entry.wildcard
    ? `the ${count === 1 ? 'one action' : `${count} actions`} it matches in the Service Authorization Reference data of ${date}`
    : 'it';
  return `"${entry.text}" is redundant: "${by.text}" in this ${element} already matches ${what}. Remove it, or keep it and narrow "${by.text}" if that is what you meant.`;
}

/**
 * Entries whose actions another entry also matches; of two that match each other (a repeat, or two
 * patterns for the same actions), the later one is reported. Only a wildcard, or a repeat, can cover
 * an entry, and only one of the same service unless its service is a wildcard: so a policy of
 * thousands of named actions is checked with a lookup per entry, not by comparing every pair.
 */
function redundantEntries(catalog: Catalog, list: Node): { entry: Entry; by: Entry }[] {
  const entries = stringEntries(list).flatMap((entry, index) => (entry.text === undefined ? [] : [read(catalog, entry.node, entry.text, index)]));
  const anyService = entries.filter((entry) => entry.service === undefined);
  const wildcardsByService = new Map<string, Entry[]>();
  const firstByText = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.service !== undefined && entry.wildcard) wildcardsByService.set(entry.service, [...(wildcardsByService.get(entry.service) ?? []), entry]);
    const text = entry.text.toLowerCase();
    if (!firstByText.has(text)) firstByText.set(text, entry);
  }
  const found: { entry: Entry; by: Entry }[] = [];
  for (const entry of entries) {
    if (entry.matches !== 'everything' && entry.matches.length === 0) continue;
    const repeat = firstByText.get(entry.text.toLowerCase());
    if (repeat && repeat !== entry) {
      found.push({ entry, by: repeat });
      continue;
    }
    const wider = [...(entry.service === undefined ? [] : (wildcardsByService.get(entry.service) ?? [])), ...anyService];
    const by = wider.find((other) => other !== entry && covers(other, entry) && (!covers(entry, other) || other.index < entry.index));
    if (by) found.push({ entry, by });
  }
  return found;
}

function read(catalog: Catalog, node: Node, text: string, index: number): Entry {
  if (text === '*') return { node, text, index, wildcard: true, matches: 'everything' };
  const { prefix, name, prefixHasWildcard, nameHasWildcard } = parseAction(text);
  const wildcard = prefixHasWildcard || nameHasWildcard;
  if (prefix === undefined || name === undefined || prefixHasWildcard) return { node, text, index, name, wildcard, matches: [] };
  const service = catalog.service(prefix);
  const exact = nameHasWildcard ? undefined : service?.action(name);
  const matches = !service ? [] : nameHasWildcard ? service.actionsMatching(name) : exact ? [exact] : [];
  return { node, text, index, service: prefix.toLowerCase(), name, wildcard, matches };
}

/** Whether every action `narrower` matches is matched by `wider` too. */
function covers(wider: Entry, narrower: Entry): boolean {
  if (wider.text === '*') return true;
  if (narrower.matches === 'everything' || narrower.matches.length === 0 || wider.name === undefined) return false;
  if (!wider.wildcard) return wider.text.toLowerCase() === narrower.text.toLowerCase();
  const prefix = wider.text.slice(0, wider.text.indexOf(':'));
  if (narrower.service === undefined || !matchesWildcard(prefix, narrower.service, true)) return false;
  const name = wildcardToRegExp(wider.name, { caseInsensitive: true });
  return narrower.matches.every((action) => name.test(action.name));
}
