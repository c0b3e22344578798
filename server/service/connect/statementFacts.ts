import type { ParsedDocument } from '../document/parsedDocument';
import type { ActionInfo, Catalog } from '../catalog/catalog';
import type { PolicyView, StatementView } from '../document/policyView';
import { resourceEntries, statementActions, type ResourceEntry } from '../arn/statementTargets';
import { patternCouldMatchTemplate } from '../arn/templateMatch';
import { acceptsResource, actionResourceTypes, patternFitsType, type ActionResourceType } from '../arn/resourceTypeMatch';
import { stringEntries } from '../document/policyView';
import { matchesWildcard } from '../text/wildcard';

/** Facts shared by the resource and Connect rules, so that one cause gets one finding. */

export const START_CHAT = 'connect:StartChatContact';

export function isAllow(statement: StatementView): boolean {
  return statement.effect?.value === 'Allow';
}

/** The statement's Allow actions that are exactly `qualified` (or a wildcard naming it). */
export function statementAllowsAction(catalog: Catalog, statement: StatementView, qualified: string): boolean {
  if (!isAllow(statement) || !statement.action) return false;
  return stringEntries(statement.action).some((entry) => entry.text !== undefined && matchesWildcard(entry.text, qualified, true));
}

function typeNamed(catalog: Catalog, action: ActionInfo, name: string): ActionResourceType | undefined {
  return actionResourceTypes(catalog, action).find((type) => type.name === name);
}

/** Whether some Allow statement of the policy grants `action` on a resource that could be of type `typeName`. */
export function policyGrantsType(catalog: Catalog, policy: PolicyView, action: ActionInfo, typeName: string): boolean {
  const type = typeNamed(catalog, action, typeName);
  if (!type) return false;
  const qualified = `${action.service}:${action.name}`;
  return policy.statements.some(
    (statement) =>
      statementAllowsAction(catalog, statement, qualified) &&
      (statement.notResource !== undefined || resourceEntries(statement).some((entry) => patternFitsType(entry.pattern, type))),
  );
}

/**
 * The headline case: an Allow of connect:StartChatContact whose resources are instance ARNs and none
 * can be a contact flow, while no other statement of the policy grants it on a contact flow.
 * Returns the bare instance entries to squiggle (empty when the case does not apply).
 */
export function startChatOnBareInstance(catalog: Catalog, statement: StatementView): ResourceEntry[] {
  const startChat = catalog.action(START_CHAT);
  if (!startChat || !statement.resource || !statementAllowsAction(catalog, statement, START_CHAT)) return [];
  const instance = catalog.service('connect')?.resourceType('instance');
  if (!instance || policyGrantsType(catalog, statement.policy, startChat, 'contact-flow')) return [];
  return resourceEntries(statement).filter(
    (entry) => patternCouldMatchTemplate(entry.pattern, instance.arnTemplate) && !acceptsResource(catalog, startChat, entry.pattern),
  );
}

/**
 * Contact-flow resources in an Allow statement none of whose (known) actions uses a contact flow:
 * StartChatContact is probably missing. Empty when the statement names an action we cannot read.
 */
export function flowResourcesWithoutFlowAction(catalog: Catalog, statement: StatementView): ResourceEntry[] {
  if (!isAllow(statement) || !statement.action) return [];
  const { entries, complete } = statementActions(catalog, statement);
  if (!complete) return [];
  const flows = resourceEntries(statement).filter((entry) => /(^|\/)contact-flow\//.test(entry.text.split(':').slice(5).join(':')));
  return flows.filter((entry) => !entries.some((actionEntry) => actionEntry.actions.some((action) => acceptsResource(catalog, action, entry.pattern))));
}

/** The statement at a JSON path, as fixes find it again from Diagnostic.data. */
export function statementAt(doc: ParsedDocument, path: unknown): StatementView | undefined {
  const key = JSON.stringify(path);
  return doc.policies.flatMap((policy) => policy.statements).find((statement) => JSON.stringify(statement.path) === key);
}
