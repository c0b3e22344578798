import type { ActionInfo, Catalog } from '../catalog/catalog';
import type { StatementView } from '../document/policyView';
import { matchesWildcard } from '../text/wildcard';
import { actionResourceTypes, patternFitsTemplates, typeFitTemplates, type FitTemplates } from './resourceTypeMatch';
import { statementActions } from './statementTargets';

/**
 * What a list of actions is authorized against: the distinct templates of all their resource types,
 * and whether some action has none (it needs "*"). A wildcard such as ec2:* names hundreds of actions
 * but only a few dozen templates.
 */
interface Acceptors {
  untyped: boolean;
  templates: FitTemplates[];
}

/** By action list: wildcard expansions and single actions are shared lists (see statementActions), so this spans documents. */
const byList = new WeakMap<readonly ActionInfo[], Acceptors>();

function listAcceptors(catalog: Catalog, actions: readonly ActionInfo[]): Acceptors {
  let acceptors = byList.get(actions);
  if (acceptors) return acceptors;
  // fitTemplates hands out one object per template (and form), so a set keeps them distinct.
  const templates = new Set<FitTemplates>();
  let untyped = false;
  for (const action of actions) {
    const types = actionResourceTypes(catalog, action);
    if (types.length === 0) untyped = true;
    for (const fit of types.flatMap(typeFitTemplates)) templates.add(fit);
  }
  acceptors = { untyped, templates: [...templates] };
  byList.set(actions, acceptors);
  return acceptors;
}

/**
 * Whether some action the statement's Action element names (see statementActions) could ever be
 * authorized against the resource pattern: the same answer as asking acceptsResource of each action.
 */
export function statementAcceptsResource(catalog: Catalog, statement: StatementView, pattern: string): boolean {
  let untyped = false;
  for (const entry of statementActions(catalog, statement).entries) {
    const acceptors = listAcceptors(catalog, entry.actions);
    if (acceptors.templates.some((templates) => patternFitsTemplates(pattern, templates))) return true;
    untyped ||= acceptors.untyped;
  }
  return untyped && matchesWildcard(pattern, '*');
}
