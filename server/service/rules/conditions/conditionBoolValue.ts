import { hasPolicyVariable } from '../../conditions/policyVariables';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';

const BOOLEAN_TEXT = new Set(['true', 'false']);

export const conditionBoolValue: Rule = {
  meta: {
    id: 'condition-bool-value',
    description: 'A value of Bool or Null that is not true or false, or a list holding both.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const key of knownKeysOf(doc)) {
      const { info } = key.operator.parsed;
      if (info?.family !== 'Bool' && info?.family !== 'Null') continue;
      const truths = new Set(key.values.flatMap((v) => (v.text !== undefined && BOOLEAN_TEXT.has(v.text.toLowerCase()) ? [v.text.toLowerCase()] : [])));
      if (truths.size === BOOLEAN_TEXT.size && key.valueNode) {
        // Access Analyzer: "Invalid condition multiple Boolean" (an error).
        const outcome = info.family === 'Null' ? 'the test is always true' : `the test is true whenever the request has ${key.name}, whatever its value`;
        report({ node: key.valueNode, message: `${info.name} with both true and false: ${outcome}, so it restricts nothing. Keep the one value you mean.` });
      }
      for (const value of key.values) {
        if (value.text === undefined || value.literal === 'boolean' || BOOLEAN_TEXT.has(value.text.toLowerCase()) || hasPolicyVariable(value.text)) continue;
        const meaning = info.family === 'Null' ? '"true" (the key is absent) or "false" (the key is present)' : '"true" or "false"';
        report({
          node: value.node,
          message: `${info.name} takes ${meaning}; AWS never matches ${JSON.stringify(value.text)}, so this value never applies.`,
        });
      }
    }
  },
};
