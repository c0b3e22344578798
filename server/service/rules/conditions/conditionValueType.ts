import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';

const SHAPES: Record<string, string> = { object: 'an object', array: 'a nested list', null: 'null' };

export const conditionValueType: Rule = {
  meta: {
    id: 'condition-value-type',
    description: 'A condition value that is not a string, number or boolean (an object, null or a nested list).',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const key of knownKeysOf(doc)) {
      for (const value of key.values) {
        if (value.literal !== 'other' || value.dynamic) continue;
        report({
          node: value.node,
          message: `A condition value must be a string, a number or a boolean, not ${SHAPES[value.node.type] ?? value.node.type}: IAM rejects the policy (MalformedPolicyDocument).`,
        });
      }
    }
  },
};
