import { findPolicyVariables } from '../../conditions/policyVariables';
import { VARIABLE_SITES_ALLOWED, variableStrings } from '../../conditions/variableSites';
import type { Rule } from '../rule';
import { CURRENT_VERSION as CURRENT } from '../structure/elements';
import { pathFromData } from '../fixTarget';
import { insertProperty } from '../structure/insertProperty';

export const policyVariableVersion: Rule = {
  meta: {
    id: 'policy-variable-version',
    description: 'A policy variable in a policy whose Version is not 2012-10-17.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const site of variableStrings(doc)) {
      const { version, form } = site.statement.policy;
      // A lone statement (an EventBusPolicy's) has no Version of its own: the service writes 2012-10-17 around it.
      if (form === 'statement' || !VARIABLE_SITES_ALLOWED.has(site.site) || version?.value === CURRENT) continue;
      const under = version ? `"Version": ${JSON.stringify(version.value)}` : 'no Version (which means 2008-10-17)';
      for (const variable of findPolicyVariables(site.text)) {
        if (variable.error) continue;
        const written = site.text.slice(variable.offset, variable.offset + variable.length);
        report({
          ...doc.writer.stringSpan(site.node, variable.offset, variable.length),
          message: `Policy variables need "Version": "${CURRENT}". Under ${under}, AWS reads ${written} as literal text, so this ${site.site} never matches a real request.`,
          data: { path: site.statement.policy.path },
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    const path = pathFromData(diagnostic.data);
    const policy = path && doc.policies.find((p) => p.path.length === path.length && p.path.every((part, i) => part === path[i]));
    if (!policy) return [];
    const edits = policy.version ? doc.writer.setValue(policy.version, CURRENT) : insertProperty(doc, policy.node, 'Version', CURRENT, () => 0);
    return [{ title: `Set "Version": "${CURRENT}"`, edits, isPreferred: true }];
  },
};
