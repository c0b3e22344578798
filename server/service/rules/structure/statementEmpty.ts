import type { Rule } from '../rule';

export const statementEmpty: Rule = {
  meta: {
    id: 'statement-empty',
    description: 'A Statement that is an empty array.',
    category: 'structure',
    defaultSeverity: 'warning',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      const value = policy.statementValue;
      if (value?.type !== 'array' || (value.children?.length ?? 0) > 0) continue;
      report({
        node: value,
        message: 'The Statement array is empty: the policy allows and denies nothing. Add at least one statement with Effect, Action and Resource.',
      });
    }
  },
};
