import type { Rule } from '../rule';
import { hasMisspelled, literalStatements } from './elements';

const RESOURCE_ELEMENTS = ['Resource', 'NotResource'];

export const resourceElementMissing: Rule = {
  meta: {
    id: 'resource-element-missing',
    description: 'A statement of an identity policy with neither Resource nor NotResource.',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      // Resource-based and trust policies name a Principal and may leave Resource implied.
      if (policy.kind !== 'identity') continue;
      for (const statement of literalStatements(policy)) {
        if (statement.properties.has('Resource') || statement.properties.has('NotResource')) continue;
        if (hasMisspelled(statement, RESOURCE_ELEMENTS)) continue;
        report({
          offset: statement.node.offset,
          length: 1,
          message: 'The statement has no Resource or NotResource: AWS rejects an identity policy statement without one. Add "Resource" with the ARNs it applies to.',
        });
      }
    }
  },
};
