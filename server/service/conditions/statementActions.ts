import type { Node } from 'jsonc-parser';
import type { ActionInfo, Catalog } from '../catalog/catalog';
import { stringEntries, type StatementView } from '../document/policyView';

/**
 * The catalog actions a statement's Action element names, wildcards expanded, so condition rules and
 * features can ask which condition keys those actions support.
 */
export interface StatementActions {
  actions: ActionInfo[];
  /**
   * False when the statement may cover actions we cannot list: NotAction, "*", an unknown service,
   * a CloudFormation intrinsic. Checks that need the full list then stay quiet.
   */
  complete: boolean;
}

/** Case-insensitive glob match with `*` (any run) and `?` (one character), without building a RegExp. */
export function globMatches(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === t[ti])) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

const cache = new WeakMap<Node, StatementActions>();

export function statementActions(catalog: Catalog, statement: StatementView): StatementActions {
  if (!statement.action || statement.notAction) return { actions: [], complete: false };
  const hit = cache.get(statement.action);
  if (hit) return hit;
  const result: StatementActions = { actions: [], complete: true };
  for (const entry of stringEntries(statement.action)) {
    const colon = entry.text?.indexOf(':') ?? -1;
    const service = entry.text !== undefined && colon > 0 ? catalog.service(entry.text.slice(0, colon)) : undefined;
    if (!service || entry.text === undefined) {
      result.complete = false;
      continue;
    }
    const name = entry.text.slice(colon + 1);
    if (name.includes('*') || name.includes('?')) {
      result.actions.push(...service.actions().filter((a) => globMatches(name, a.name)));
    } else {
      const action = service.action(name);
      if (action) result.actions.push(action);
      else result.complete = false;
    }
  }
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
