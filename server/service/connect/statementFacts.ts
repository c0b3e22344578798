import type { ParsedDocument } from '../document/parsedDocument';
import type { ActionInfo, Catalog } from '../catalog/catalog';
import type { PolicyView, StatementView } from '../document/policyView';
import { resourceEntries, statementActions, type ResourceEntry } from '../arn/statementTargets';
import { patternCouldMatchTemplate } from '../arn/templateMatch';
import { acceptsResource, actionResourceTypes, patternFitsType, type ActionResourceType } from '../arn/resourceTypeMatch';
import { statementAcceptsResource } from '../arn/statementAcceptors';
import { stringEntries } from '../document/policyView';
import { matchesWildcard } from '../text/wildcard';

/** Facts shared by the resource and Connect rules, so that one cause gets one finding. */

export const START_CHAT = 'connect:StartChatContact';

export function isAllow(statement: StatementView): boolean {
  return statement.effect?.value === 'Allow';
}

/** The statement's Allow actions that are exactly `qualified` (or a wildcard naming it). */
export function statementAllowsAction(statement: StatementView, qualified: string): boolean {
  if (!isAllow(statement) || !statement.action) return false;
  return stringEntries(statement.action).some((entry) => entry.text !== undefined && matchesWildcard(entry.text, qualified, true));
}

function typeNamed(catalog: Catalog, action: ActionInfo, name: string): ActionResourceType | undefined {
  return actionResourceTypes(catalog, action).find((type) => type.name === name);
}

/** Whether some Allow statement of the policy grants `action` on a resource that could be of type `typeName`. */
export function policyGrantsType(catalog: Catalog, policy: PolicyView, action: ActionInfo, typeName: string): boolean {
  let answers = grants.get(policy);
  if (answers?.catalog !== catalog) grants.set(policy, (answers = { catalog, byActionType: new Map() }));
  const key = `${action.service}:${action.name} ${typeName}`;
  let answer = answers.byActionType.get(key);
  if (answer === undefined) answers.byActionType.set(key, (answer = readPolicyGrantsType(catalog, policy, action, typeName)));
  return answer;
}

/** Policy views live as long as their parsed document version; several rules ask the same question. */
const grants = new WeakMap<PolicyView, { catalog: Catalog; byActionType: Map<string, boolean> }>();

function readPolicyGrantsType(catalog: Catalog, policy: PolicyView, action: ActionInfo, typeName: string): boolean {
  const type = typeNamed(catalog, action, typeName);
  if (!type) return false;
  const qualified = `${action.service}:${action.name}`;
  return policy.statements.some(
    (statement) =>
      statementAllowsAction(statement, qualified) &&
      (statement.notResource !== undefined || resourceEntries(statement).some((entry) => patternFitsType(entry.pattern, type))),
  );
}

/**
 * The headline case: an Allow of connect:StartChatContact whose resources are instance ARNs and none
 * can be a contact flow, while no other statement of the policy grants it on a contact flow.
 * Returns the bare instance entries to squiggle (empty when the case does not apply).
 */
export function startChatOnBareInstance(catalog: Catalog, statement: StatementView): readonly ResourceEntry[] {
  return memoized(bareInstances, catalog, statement, readStartChatOnBareInstance);
}

/** Per statement (and catalog): the resource and Connect rules ask for these facts of every statement. */
type StatementMemo = WeakMap<StatementView, { catalog: Catalog; entries: readonly ResourceEntry[] }>;
const bareInstances: StatementMemo = new WeakMap();
const flowsWithoutAction: StatementMemo = new WeakMap();

function memoized(
  memo: StatementMemo,
  catalog: Catalog,
  statement: StatementView,
  read: (catalog: Catalog, statement: StatementView) => ResourceEntry[],
): readonly ResourceEntry[] {
  const hit = memo.get(statement);
  if (hit?.catalog === catalog) return hit.entries;
  const entries = Object.freeze(read(catalog, statement));
  memo.set(statement, { catalog, entries });
  return entries;
}

function readStartChatOnBareInstance(catalog: Catalog, statement: StatementView): ResourceEntry[] {
  // Most statements do not allow StartChatContact: ask that before the catalog.
  if (!statement.resource || !statementAllowsAction(statement, START_CHAT)) return [];
  const startChat = catalog.action(START_CHAT);
  if (!startChat) return [];
  const instance = catalog.service('connect')?.resourceType('instance');
  if (!instance || policyGrantsType(catalog, statement.policy, startChat, 'contact-flow')) return [];
  return resourceEntries(statement).filter(
    (entry) => instance.arnTemplates.some((template) => patternCouldMatchTemplate(entry.pattern, template)) && !acceptsResource(catalog, startChat, entry.pattern),
  );
}

/**
 * Contact-flow resources in an Allow statement none of whose (known) actions uses a contact flow:
 * StartChatContact is probably missing. Empty when the statement names an action we cannot read.
 */
export function flowResourcesWithoutFlowAction(catalog: Catalog, statement: StatementView): readonly ResourceEntry[] {
  return memoized(flowsWithoutAction, catalog, statement, readFlowResourcesWithoutFlowAction);
}

function readFlowResourcesWithoutFlowAction(catalog: Catalog, statement: StatementView): ResourceEntry[] {
  if (!isAllow(statement) || !statement.action) return [];
  const actions = statementActions(catalog, statement);
  if (!actions.complete) return [];
  // An action that takes contact flows is there: the ARN itself is broken, and the ARN rules say how.
  if (actions.entries.some((entry) => entry.actions.some((action) => action.resourceTypes.some((type) => type.name === 'contact-flow')))) return [];
  const flows = resourceEntries(statement).filter(
    (entry) => entry.text.includes('contact-flow/') && /(^|\/)contact-flow\//.test(entry.text.split(':').slice(5).join(':')),
  );
  return flows.filter((entry) => !statementAcceptsResource(catalog, statement, entry.pattern));
}

/** The statement at a JSON path, as fixes find it again from Diagnostic.data. */
export function statementAt(doc: ParsedDocument, path: unknown): StatementView | undefined {
  const key = JSON.stringify(path);
  return doc.policies.flatMap((policy) => policy.statements).find((statement) => JSON.stringify(statement.path) === key);
}
