import { parseIamDate } from '../../conditions/dates';
import { hasPolicyVariable } from '../../conditions/policyVariables';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';

export const conditionDateValue: Rule = {
  meta: {
    id: 'condition-date-value',
    description: 'A value of a Date operator that is neither an ISO 8601 date nor epoch seconds.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const key of knownKeysOf(doc)) {
      const { info } = key.operator.parsed;
      if (info?.family !== 'Date') continue;
      for (const value of key.values) {
        if (value.text === undefined || hasPolicyVariable(value.text)) continue;
        const parsed = parseIamDate(value.text);
        if (parsed.ok) continue;
        report({
          node: value.node,
          message: `${parsed.message}: AWS cannot compare a date with it, so this value never matches. Write a date such as 2026-01-31T23:59:59Z or epoch seconds.`,
        });
      }
    }
  },
};
