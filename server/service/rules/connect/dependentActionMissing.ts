import { dependentActionsOf } from '../../connect/dependentActions';
import { isAllow, statementAllowsAction } from '../../connect/statementFacts';
import { stringEntries } from '../../document/policyView';
import type { Rule } from '../rule';

export const dependentActionMissing: Rule = {
  meta: {
    id: 'dependent-action-missing',
    description: 'An allowed action needs dependent actions (per the Service Authorization Reference) that the policy does not allow.',
    category: 'connect',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const policy of doc.policies) {
      for (const statement of policy.statements) {
        if (!isAllow(statement)) continue;
        for (const entry of stringEntries(statement.action)) {
          const action = entry.text === undefined ? undefined : catalog.action(entry.text);
          if (!action) continue;
          const missing = dependentActionsOf(action).filter((dependent) => !policy.statements.some((s) => statementAllowsAction(s, dependent)));
          if (missing.length === 0) continue;
          report({
            node: entry.node,
            message: `${entry.text} also needs ${missing.join(' and ')} (dependent actions in the Service Authorization Reference); this policy does not allow ${missing.length > 1 ? 'them' : 'it'}, so calls that use ${missing.length > 1 ? 'them' : 'it'} are denied.`,
            data: { policyPath: policy.path, missing },
          });
        }
      }
    }
  },
  fix({ doc, diagnostic }) {
    const { policyPath, missing } = (diagnostic.data ?? {}) as { policyPath?: (string | number)[]; missing?: string[] };
    const policy = doc.policies.find((p) => JSON.stringify(p.path) === JSON.stringify(policyPath));
    const statements = policy?.statementValue;
    if (statements?.type !== 'array' || !Array.isArray(missing) || missing.length === 0 || !missing.every((m) => typeof m === 'string')) return [];
    const edits = doc.writer.appendToList(statements, [{ Effect: 'Allow', Action: missing, Resource: '*' }]);
    return edits.length ? [{ title: `Add a statement allowing ${missing.join(', ')}`, edits, isPreferred: true }] : [];
  },
};
