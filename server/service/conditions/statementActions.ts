import type { Node } from 'jsonc-parser';
import { statementActions as actionEntries } from '../arn/statementTargets';
import type { ActionInfo, Catalog } from '../catalog/catalog';
import type { StatementView } from '../document/policyView';
import { hasWildcard } from '../text/wildcard';

/**
 * The catalog actions a statement's Action element names, wildcards expanded, so condition rules and
 * features can ask which condition keys those actions support.
 */
export interface StatementActions {
  actions: ActionInfo[];
  /** The actions the statement names exactly, without a wildcard: checks per action look only at these. */
  named: ActionInfo[];
  /**
   * False when the statement may cover actions we cannot list: NotAction, "*", an unknown action,
   * a CloudFormation intrinsic. Checks that need the full list then stay quiet.
   */
  complete: boolean;
}

const cache = new WeakMap<Node, StatementActions>();

export function statementActions(catalog: Catalog, statement: StatementView): StatementActions {
  if (!statement.action || statement.notAction) return { actions: [], named: [], complete: false };
  const hit = cache.get(statement.action);
  if (hit) return hit;
  const { entries, complete } = actionEntries(catalog, statement);
  const named = entries.filter((e) => !hasWildcard(e.text)).flatMap((e) => e.actions);
  const result = { actions: entries.flatMap((e) => e.actions), named, complete };
  cache.set(statement.action, result);
  return result;
}

/** A condition key an action supports, and the resource type it comes with (none for the action's own keys). */
export interface ActionConditionKey {
  name: string;
  resourceType?: string;
}

const keyEntriesCache = new WeakMap<ActionInfo, readonly ActionConditionKey[]>();

/**
 * The condition keys (names as the reference writes them) an action supports: its own, those listed on
 * its rows for each resource type, and those of its resource types themselves. A name appears once,
 * with the first place it was found.
 */
export function actionConditionKeyEntries(catalog: Catalog, action: ActionInfo): readonly ActionConditionKey[] {
  const hit = keyEntriesCache.get(action);
  if (hit) return hit;
  const service = catalog.service(action.service);
  const entries: ActionConditionKey[] = [];
  const seen = new Set<string>();
  const add = (name: string, resourceType?: string) => {
    const lower = name.toLowerCase();
    if (seen.has(lower)) return;
    seen.add(lower);
    entries.push(resourceType === undefined ? { name } : { name, resourceType });
  };
  for (const name of action.conditionKeys) add(name);
  for (const rt of action.resourceTypes) {
    const rowKeys = Object.prototype.hasOwnProperty.call(action.resourceTypeConditionKeys, rt.name) ? action.resourceTypeConditionKeys[rt.name] : [];
    for (const name of rowKeys) add(name, rt.name);
    for (const name of service?.resourceType(rt.name)?.conditionKeys ?? []) add(name, rt.name);
  }
  keyEntriesCache.set(action, entries);
  return entries;
}

/** The condition key names an action supports, its resource types' keys included. */
export function actionConditionKeys(catalog: Catalog, action: ActionInfo): string[] {
  return actionConditionKeyEntries(catalog, action).map((k) => k.name);
}
