import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';

const SHAPES: Record<string, string> = { object: 'an object', array: 'a nested list', null: 'null' };

export const conditionValueType: Rule = {
  meta: {
    id: 'condition-value-type',
    description: 'A condition value that is not a string, number or boolean (an object, null or a nested list), or a list that mixes them.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const key of knownKeysOf(doc)) {
      const kinds = new Set(key.values.flatMap((v) => (v.literal === 'other' ? [] : [v.literal])));
      if (kinds.size > 1 && key.valueNode) {
        // Access Analyzer: "Invalid condition data type" (an error): one key's values share one JSON type.
        report({
          node: key.valueNode,
          message: `The values of ${key.name} mix JSON types (${[...kinds].sort().join(' and ')}): Access Analyzer reports this as an error. Write them all as strings, such as ${JSON.stringify(key.values.map((v) => v.text ?? ''))}.`,
        });
      }
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
