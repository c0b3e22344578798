import type { Rule } from '../rule';
import { hasMisspelled, literalStatements } from './elements';

const ACTION_ELEMENTS = ['Action', 'NotAction'];

export const actionElementMissing: Rule = {
  meta: {
    id: 'action-element-missing',
    description: 'A statement with neither Action nor NotAction.',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      for (const statement of literalStatements(policy)) {
        if (statement.properties.has('Action') || statement.properties.has('NotAction')) continue;
        // A misspelled "Actions" is reported by unknown-element with its fix; saying "missing" too would be noise.
        if (hasMisspelled(statement, ACTION_ELEMENTS)) continue;
        report({
          offset: statement.node.offset,
          length: 1,
          message: 'The statement has no Action or NotAction: AWS rejects it. Add "Action" with the actions it allows or denies.',
        });
      }
    }
  },
};
