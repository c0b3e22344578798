import { hasPolicyVariable } from '../../conditions/policyVariables';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';

const NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;

export const conditionNumberValue: Rule = {
  meta: {
    id: 'condition-number-value',
    description: 'A value of a Numeric operator that is not a number.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const key of knownKeysOf(doc)) {
      const { info } = key.operator.parsed;
      if (info?.family !== 'Numeric') continue;
      for (const value of key.values) {
        if (value.text === undefined || value.literal === 'number' || hasPolicyVariable(value.text) || NUMBER.test(value.text)) continue;
        report({
          node: value.node,
          message: `${info.name} compares numbers; AWS cannot read ${JSON.stringify(value.text)} as one, so this value never matches. Write digits, such as "3600".`,
        });
      }
    }
  },
};
