import { replacementData, replacementFixes } from '../replacementFix';
import type { Rule } from '../rule';

export const jsonTrailingComma: Rule = {
  meta: {
    id: 'json-trailing-comma',
    description: 'A comma after the last element of an object or array, which AWS rejects as invalid JSON.',
    category: 'json',
    formats: ['json'],
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const comma of doc.tokens.trailingCommas) {
      report({
        offset: comma.offset,
        length: comma.length,
        message: 'Trailing comma: JSON allows no comma after the last element, so AWS rejects the policy with a MalformedPolicyDocument error. Remove the comma.',
        data: replacementData(['']),
      });
    }
  },
  fix({ diagnostic }) {
    return replacementFixes(diagnostic, () => 'Remove the trailing comma');
  },
};
