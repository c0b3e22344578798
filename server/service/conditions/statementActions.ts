import type { Node } from 'jsonc-parser';
import { statementActions as actionEntries } from '../arn/statementTargets';
import type { ActionInfo, Catalog } from '../catalog/catalog';
import type { StatementView } from '../document/policyView';

/**
 * The catalog actions a statement's Action element names, wildcards expanded, so condition rules and
 * features can ask which condition keys those actions support.
 */
export interface StatementActions {
  actions: ActionInfo[];
  /**
   * False when the statement may cover actions we cannot list: NotAction, "*", an unknown action,
   * a CloudFormation intrinsic. Checks that need the full list then stay quiet.
   */
  complete: boolean;
}

const cache = new WeakMap<Node, StatementActions>();

export function statementActions(catalog: Catalog, statement: StatementView): StatementActions {
  if (!statement.action || statement.notAction) return { actions: [], complete: false };
  const hit = cache.get(statement.action);
  if (hit) return hit;
  const { entries, complete } = actionEntries(catalog, statement);
  const result = { actions: entries.flatMap((e) => e.actions), complete };
  cache.set(statement.action, result);
  return result;
}

/** The condition key names (as the reference writes them) an action supports, its resource types' keys included. */
export function actionConditionKeys(catalog: Catalog, action: ActionInfo): string[] {
  const service = catalog.service(action.service);
  const names = [...action.conditionKeys];
  for (const rt of action.resourceTypes) names.push(...(service?.resourceType(rt.name)?.conditionKeys ?? []));
  return names;
}
