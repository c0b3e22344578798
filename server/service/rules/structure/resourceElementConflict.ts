import type { Rule } from '../rule';
import { elementKey, laterOf, literalStatements } from './elements';

export const resourceElementConflict: Rule = {
  meta: {
    id: 'resource-element-conflict',
    description: 'A statement with both Resource and NotResource.',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      for (const statement of literalStatements(policy)) {
        const resource = elementKey(statement, 'Resource');
        const notResource = elementKey(statement, 'NotResource');
        if (!resource || !notResource) continue;
        report({
          node: laterOf(resource, notResource),
          message: 'A statement may have Resource or NotResource, not both: AWS rejects it. Keep one, or split the statement in two.',
        });
      }
    }
  },
};
