import { findPolicyVariables } from '../../conditions/policyVariables';
import { VARIABLE_SITES_ALLOWED, variableStrings } from '../../conditions/variableSites';
import type { Rule } from '../rule';

export const policyVariablePosition: Rule = {
  meta: {
    id: 'policy-variable-position',
    description: 'A policy variable where IAM does not replace variables (Action, Principal, condition key names, values of Numeric, Date and other non-string operators).',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const site of variableStrings(doc)) {
      if (VARIABLE_SITES_ALLOWED.has(site.site)) continue;
      for (const variable of findPolicyVariables(site.text)) {
        const written = site.text.slice(variable.offset, variable.offset + variable.length);
        report({
          ...doc.writer.stringSpan(site.node, variable.offset, variable.length),
          message:
            `AWS replaces policy variables only in Resource, NotResource and the values of String and ARN condition operators, not in ${site.site === 'value of a non-string operator' ? `a value of ${site.operator ?? 'this operator'}` : `${/^[AEIOU]/.test(site.site) ? 'an' : 'a'} ${site.site}`}: ` +
            `${written} stays literal text, so this never matches a real request.`,
        });
      }
    }
  },
};
