import { isCheckableKey, resolveConditionKey } from '../../conditions/keys';
import { findPolicyVariables } from '../../conditions/policyVariables';
import { VARIABLE_SITES_ALLOWED, variableStrings } from '../../conditions/variableSites';
import type { Rule } from '../rule';

export const policyVariableSyntax: Rule = {
  meta: {
    id: 'policy-variable-syntax',
    description: 'A malformed policy variable, or one naming a condition key AWS does not know.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    for (const site of variableStrings(doc)) {
      if (!VARIABLE_SITES_ALLOWED.has(site.site)) continue;
      for (const variable of findPolicyVariables(site.text)) {
        const written = site.text.slice(variable.offset, variable.offset + variable.length);
        let problem = variable.error;
        if (!problem && variable.key && isCheckableKey(catalog, variable.key) && !resolveConditionKey(catalog, variable.key)) {
          problem = `${variable.key} is not a condition key AWS knows, so it never has a value to put here`;
        }
        if (!problem) continue;
        report({
          ...doc.writer.stringSpan(site.node, variable.offset, variable.length),
          message:
            `${written}: ${problem}. AWS does not replace it, so this ${site.site} never matches a real request. ` +
            "Write ${aws:username}, ${aws:PrincipalTag/team} or ${aws:PrincipalTag/team, 'default'}.",
        });
      }
    }
  },
};
