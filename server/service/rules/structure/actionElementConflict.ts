import type { Rule } from '../rule';
import { elementKey, laterOf, literalStatements } from './elements';

export const actionElementConflict: Rule = {
  meta: {
    id: 'action-element-conflict',
    description: 'A statement with both Action and NotAction.',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      for (const statement of literalStatements(policy)) {
        const action = elementKey(statement, 'Action');
        const notAction = elementKey(statement, 'NotAction');
        if (!action || !notAction) continue;
        report({
          node: laterOf(action, notAction),
          message: 'A statement may have Action or NotAction, not both: AWS rejects it. Keep one, or split the statement in two.',
        });
      }
    }
  },
};
