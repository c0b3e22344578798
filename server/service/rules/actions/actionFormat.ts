import type { Catalog } from '../../catalog/catalog';
import { replacementFixes, valueReplacements } from '../replacementFix';
import type { Rule } from '../rule';
import { describeKind } from '../structure/elements';
import { actionEntries, parseAction } from './actionEntries';

export const actionFormat: Rule = {
  meta: {
    id: 'action-format',
    description: 'An Action or NotAction entry that is not "*" or in the service:action form.',
    category: 'action',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    for (const entry of actionEntries(doc)) {
      if (entry.text === undefined) {
        report({ node: entry.node, message: `${describeKind(entry.node, true)} is not an action: each ${entry.element} entry must be a string such as "connect:StartChatContact". AWS rejects the policy.` });
        continue;
      }
      if (entry.text === '*' || entry.prefix !== undefined) continue;
      const repaired = repair(entry.text, catalog);
      report({
        node: entry.node,
        message: `"${entry.text}" is not in the service:action form (such as "connect:StartChatContact", or "*" for all actions): AWS rejects the policy.${repaired ? ` Did you mean "${repaired}"?` : ''}`,
        data: valueReplacements(entry.node, repaired ? [repaired] : []),
      });
    }
  },
  fix({ doc, diagnostic }) {
    return replacementFixes(doc, diagnostic, (replacement) => `Change to ${replacement}`);
  },
};

/** A malformed entry with one evident reading: stray spaces, or another separator between a known service and action. */
function repair(text: string, catalog: Catalog): string | undefined {
  const trimmed = text.trim();
  if (trimmed !== text && (trimmed === '*' || parseAction(trimmed).prefix !== undefined)) return trimmed;
  const split = /^\s*([A-Za-z0-9-]+)\s*(?:::|[.;/ ]|:\s+|\s+:)\s*([A-Za-z0-9-]+)\s*$/.exec(text);
  if (!split) return undefined;
  const [, prefix, name] = split;
  const action = catalog.action(`${prefix}:${name}`);
  return action ? `${prefix}:${name}` : undefined;
}
