import type { ActionInfo, Catalog } from '../catalog/catalog';
import type { StatementView } from '../document/policyView';
import { matchesWildcard } from '../text/wildcard';
import { actionResourceTypes, fitTemplates, patternFitsTemplates, type FitTemplates } from './resourceTypeMatch';
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
  const templates = new Map<string, FitTemplates>();
  let untyped = false;
  for (const action of actions) {
    const types = actionResourceTypes(catalog, action);
    if (types.length === 0) untyped = true;
    for (const type of types) {
      for (const template of type.arnTemplates) if (!templates.has(template)) templates.set(template, fitTemplates(template));
    }
  }
  acceptors = { untyped, templates: [...templates.values()] };
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
