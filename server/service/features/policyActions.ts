import { statementActions } from '../arn/statementTargets';
import type { ActionInfo, Catalog } from '../catalog/catalog';
import type { PolicyView } from '../document/policyView';

/**
 * The actions a policy's Allow and Deny statements name, in the order they are written (wildcards
 * expanded, each action once, at most `limit`): where "Explain access..." starts, since those are the
 * requests a person asks about.
 */
export function policyActions(catalog: Catalog, policies: readonly PolicyView[], limit: number): ActionInfo[] {
  const seen = new Set<ActionInfo>();
  for (const policy of policies) {
    for (const statement of policy.statements) {
      for (const entry of statementActions(catalog, statement).entries) {
        for (const action of entry.actions) {
          seen.add(action);
          if (seen.size >= limit) return [...seen];
        }
      }
    }
  }
  return [...seen];
}
