/**
 * Converts Service Reference documents (serviceReference.ts) into the catalog format of
 * scripts/build-catalog.mjs. The Service Reference has no descriptions, no display names, no
 * "required" mark on an action's resource types: for names that match, those come from the bundled
 * catalog; new names get none. An action's resource-type rows take their condition keys from the
 * Service Reference when it lists some, else from the bundled catalog.
 */

import type { CatalogIndex, RawService } from '../catalog';
import type { ServiceReferenceAction, ServiceReferenceDocument } from './serviceReference';

type RawAction = RawService['actions'][string];

/**
 * The access level as the bundled data spells it ("Permissions management, Write", "Tagging, Write",
 * "Write", "List", "Read"), from the action's annotations.
 */
export function accessLevelOf(action: ServiceReferenceAction): string {
  const p = action.Annotations?.Properties ?? {};
  const parts: string[] = [];
  if (p.IsPermissionManagement) parts.push('Permissions management');
  if (p.IsTaggingOnly) parts.push('Tagging');
  if (p.IsWrite) parts.push('Write');
  if (parts.length === 0) parts.push(p.IsList ? 'List' : 'Read');
  return parts.join(', ');
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

function resourceTypeConditionKeys(action: ServiceReferenceAction, bundled: Record<string, string[]>): Record<string, string[]> {
  const keys: Record<string, string[]> = {};
  for (const resource of action.Resources ?? []) {
    const listed = resource.ConditionKeys ?? (Object.prototype.hasOwnProperty.call(bundled, resource.Name) ? bundled[resource.Name] : []);
    if (listed.length > 0) keys[resource.Name] = unique([...(keys[resource.Name] ?? []), ...listed]);
  }
  return keys;
}

function convertAction(action: ServiceReferenceAction, bundled: RawAction | undefined): RawAction {
  const [, bundledDescription, , bundledResources, , bundledDependents, bundledResourceKeys] = bundled ?? [];
  const requiredBefore = new Set((bundledResources ?? []).filter((r) => r[1] === 1).map((r) => r[0]));
  const resourceNames = unique((action.Resources ?? []).map((r) => r.Name));
  return [
    action.Name,
    bundledDescription ?? '',
    accessLevelOf(action),
    resourceNames.map((name) => (requiredBefore.has(name) ? [name, 1] : [name])),
    unique(action.ActionConditionKeys ?? []),
    unique(action.DependentActions ?? bundledDependents ?? []),
    resourceTypeConditionKeys(action, bundledResourceKeys ?? {}),
  ];
}

/** One service in the catalog format; `bundled` is the same service in the bundled catalog, if it has it. */
export function convertService(doc: ServiceReferenceDocument, bundled: RawService | undefined, displayName: string | undefined): RawService {
  const actions: RawService['actions'] = {};
  for (const action of doc.Actions) {
    const key = action.Name.toLowerCase();
    if (Object.prototype.hasOwnProperty.call(actions, key)) continue;
    actions[key] = convertAction(action, bundled && Object.prototype.hasOwnProperty.call(bundled.actions, key) ? bundled.actions[key] : undefined);
  }
  const resourceTypes: RawService['resourceTypes'] = {};
  for (const resource of doc.Resources ?? []) {
    resourceTypes[resource.Name] = [unique(resource.ARNFormats ?? []), unique(resource.ConditionKeys ?? [])];
  }
  const conditionKeys: RawService['conditionKeys'] = {};
  for (const key of doc.ConditionKeys ?? []) {
    const lower = key.Name.toLowerCase();
    const before = bundled && Object.prototype.hasOwnProperty.call(bundled.conditionKeys, lower) ? bundled.conditionKeys[lower] : undefined;
    conditionKeys[lower] = [key.Name, key.Types?.[0] ?? before?.[1] ?? 'String', before?.[2] ?? ''];
  }
  return { name: displayName ?? doc.Name.toLowerCase(), actions, resourceTypes, conditionKeys };
}

export interface ConvertedCatalog {
  index: CatalogIndex;
  services: Record<string, RawService>;
}

/** The bundled catalog, consulted for what the Service Reference lacks. */
export interface BundledData {
  index: CatalogIndex;
  service(prefix: string): RawService | undefined;
}

/**
 * The whole catalog. Global condition keys are not in the service documents: the bundled list is kept.
 * `date` is the day of the download (the Service Reference carries no date of its own).
 */
export function convertCatalog(docs: readonly ServiceReferenceDocument[], bundled: BundledData, source: string, date: string): ConvertedCatalog {
  const services: Record<string, RawService> = {};
  const names: Record<string, string> = {};
  for (const doc of docs) {
    const prefix = doc.Name.toLowerCase();
    const displayName = Object.prototype.hasOwnProperty.call(bundled.index.services, prefix) ? bundled.index.services[prefix] : undefined;
    services[prefix] = convertService(doc, displayName === undefined ? undefined : bundled.service(prefix), displayName);
    names[prefix] = services[prefix].name;
  }
  return { index: { source, date, services: names, globalConditionKeys: bundled.index.globalConditionKeys }, services };
}
