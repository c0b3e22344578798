import type { ActionInfo, Catalog } from '../catalog/catalog';
import type { StatementView } from '../document/policyView';
import { matchesWildcard } from '../text/wildcard';
import { actionResourceTypes, fitTemplates, patternFitsTemplates, type FitTemplates } from './resourceTypeMatch';
import { statementActions, type StatementActions } from './statementTargets';

/**
 * What the actions of a statement are authorized against, gathered once per statement: the distinct
 * templates of all their resource types, and whether some action has none (it needs "*"). A wildcard
 * such as ec2:* names hundreds of actions but only a few dozen templates.
 */
interface Acceptors {
  untyped: boolean;
  templates: FitTemplates[];
}

/** By action list: wildcard expansions and single actions are shared lists (see statementActions), so this spans documents. */
const byList = new WeakMap<readonly ActionInfo[], Acceptors>();
const byStatement = new WeakMap<StatementActions, { parts: Acceptors[]; untyped: boolean; answers: Map<string, boolean> }>();

function listAcceptors(catalog: Catalog, actions: readonly ActionInfo[]): Acceptors {
  let acceptors = byList.get(actions);
  if (acceptors) return acceptors;
  const templates = new Map<string, FitTemplates>();
  let untyped = false;
  for (const action of actions) {
    const types = actionResourceTypes(catalog, action);
    if (types.length === 0) untyped = true;
    for (const type of types) if (!templates.has(type.arnTemplate)) templates.set(type.arnTemplate, fitTemplates(type.arnTemplate));
  }
  acceptors = { untyped, templates: [...templates.values()] };
  byList.set(actions, acceptors);
  return acceptors;
}

function statementAcceptors(catalog: Catalog, actions: StatementActions): { parts: Acceptors[]; untyped: boolean; answers: Map<string, boolean> } {
  let acceptors = byStatement.get(actions);
  if (acceptors) return acceptors;
  const parts = actions.entries.map((entry) => listAcceptors(catalog, entry.actions));
  acceptors = { parts, untyped: parts.some((part) => part.untyped), answers: new Map() };
  byStatement.set(actions, acceptors);
  return acceptors;
}

/**
 * Whether some action the statement's Action element names (see statementActions) could ever be
 * authorized against the resource pattern: the same answer as asking acceptsResource of each action.
 */
export function statementAcceptsResource(catalog: Catalog, statement: StatementView, pattern: string): boolean {
  const acceptors = statementAcceptors(catalog, statementActions(catalog, statement));
  let answer = acceptors.answers.get(pattern);
  if (answer === undefined) {
    answer =
      (acceptors.untyped && matchesWildcard(pattern, '*')) ||
      acceptors.parts.some((part) => part.templates.some((templates) => patternFitsTemplates(pattern, templates)));
    acceptors.answers.set(pattern, answer);
  }
  return answer;
}
