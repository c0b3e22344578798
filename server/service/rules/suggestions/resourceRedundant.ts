import type { Node } from 'jsonc-parser';
import { stringEntries } from '../../document/policyView';
import { hasWildcard, matchesWildcard } from '../../text/wildcard';
import { nodeFromData } from '../fixTarget';
import type { Rule } from '../rule';
import { literalStatements } from '../structure/elements';

interface Entry {
  node: Node;
  text: string;
  index: number;
}

export const resourceRedundant: Rule = {
  meta: {
    id: 'resource-redundant',
    description: 'A resource entry that another entry of the same statement already matches (role/jane-admin beside role/jane*), or a repeat.',
    category: 'suggestion',
    defaultSeverity: 'information',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      for (const statement of literalStatements(policy)) {
        for (const element of ['Resource', 'NotResource'] as const) {
          const list = element === 'Resource' ? statement.resource : statement.notResource;
          if (list?.type !== 'array') continue;
          const entries = stringEntries(list).flatMap((entry, index): Entry[] => (entry.text === undefined ? [] : [{ node: entry.node, text: entry.text, index }]));
          // Only a repeat or a wildcard can cover an entry: a long list of ARNs needs no pairwise comparison.
          const wildcards = entries.filter((entry) => hasWildcard(entry.text));
          const firstByText = new Map<string, Entry>();
          for (const entry of entries) if (!firstByText.has(entry.text)) firstByText.set(entry.text, entry);
          for (const entry of entries) {
            const first = firstByText.get(entry.text);
            const by = first !== entry ? first : wildcards.find((other) => other !== entry && covers(other.text, entry.text) && (!covers(entry.text, other.text) || other.index < entry.index));
            if (!by) continue;
            report({
              node: entry.node,
              message:
                by.text === entry.text
                  ? `"${entry.text}" is already in this ${element}. Remove the repeat.`
                  : `"${entry.text}" is redundant: "${by.text}" in this ${element} already matches it. Remove it, or narrow "${by.text}" if only the listed resources are meant.`,
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
    // Not in fix-all: keeping the listed ARNs and narrowing the wildcard may be what the author meant.
    return [{ title: 'Remove the redundant resource', edits: doc.writer.removeListItems(list, [list.children?.indexOf(item) ?? -1]), isPreferred: true }];
  },
};

/**
 * Whether every ARN `narrower` matches also matches `wider` (ARNs compare case-sensitively). A plain
 * ARN is tested against the pattern; a pattern is covered by "*" or by a trailing-`*` prefix of it.
 */
function covers(wider: string, narrower: string): boolean {
  if (!hasWildcard(narrower)) return matchesWildcard(wider, narrower);
  if (wider === narrower || wider === '*') return true;
  const prefix = wider.slice(0, -1);
  return wider.endsWith('*') && !hasWildcard(prefix) && narrower.startsWith(prefix);
}
