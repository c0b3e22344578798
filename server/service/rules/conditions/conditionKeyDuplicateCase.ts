import { operatorsOf } from '../../conditions/walk';
import type { Rule } from '../rule';

export const conditionKeyDuplicateCase: Rule = {
  meta: {
    id: 'condition-key-duplicate-case',
    description: 'The same condition key twice in one operator block, spelled with different case.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const operator of operatorsOf(doc)) {
      const first = new Map<string, string>();
      for (const key of operator.keys) {
        const lower = key.name.toLowerCase();
        const earlier = first.get(lower);
        if (earlier === undefined) first.set(lower, key.name);
        // Exact repeats are the duplicate-key rule's finding.
        else if (earlier !== key.name) {
          report({
            node: key.keyNode,
            message:
              `"${key.name}" and "${earlier}" are the same key: key names are case-insensitive, so AWS reads one key written twice in ${operator.name} ` +
              'and only one of the value lists takes effect (Access Analyzer reports it as an error). Merge the values under one spelling.',
          });
        }
      }
    }
  },
};
