import type { ActionInfo, Catalog, ResourceTypeInfo } from '../catalog/catalog';
import { matchesWildcard } from '../text/wildcard';
import { knownAuthorization, type KnownAuthorization } from './knownAuthorization';
import { compileTemplate, endsInAnything, patternCouldMatch, patternCouldMatchTemplate, type CompiledTemplate } from './templateMatch';

/** A resource type of an action, with its ARN template and whether the action requires it. */
export interface ActionResourceType extends ResourceTypeInfo {
  required: boolean;
  /** Set for a resource AWS is known to authorize the action against beyond the reference (see knownAuthorization). */
  known?: KnownAuthorization;
}

/** Catalog actions are cached objects, so their resolved types can be kept with them. */
const resolved = new WeakMap<ActionInfo, ActionResourceType[]>();

/**
 * The resource types an action is authorized against, with templates; an empty list means it needs "*".
 * A resource AWS is known to authorize it against beyond the reference comes last, as one more
 * required type: an alternative to the listed ones, as the reference's required types can be.
 */
export function actionResourceTypes(catalog: Catalog, action: ActionInfo): ActionResourceType[] {
  let types = resolved.get(action);
  if (types) return types;
  const service = catalog.service(action.service);
  types = !service
    ? []
    : action.resourceTypes.flatMap(({ name, required }) => {
        const info = service.resourceType(name);
        return info ? [{ ...info, required }] : [];
      });
  const known = knownAuthorization(action.service, action.name);
  if (known) types.push({ service: action.service, name: known.typeName, arnTemplates: known.arnTemplates, conditionKeys: [], required: true, known });
  resolved.set(action, types);
  return types;
}

/** True when the action is authorized against a resource type (it supports resource-level permissions). */
export function supportsResourceLevel(catalog: Catalog, action: ActionInfo): boolean {
  return actionResourceTypes(catalog, action).length > 0;
}

/**
 * The action's resource types that a policy resource pattern could match, strictly by their ARN
 * templates. An action without resource types is checked against "*"; ask `acceptsResource` for those.
 */
export function resourceTypesMatchedBy(catalog: Catalog, action: ActionInfo, resourcePattern: string): ActionResourceType[] {
  return actionResourceTypes(catalog, action).filter((type) => type.arnTemplates.some((template) => patternCouldMatchTemplate(resourcePattern, template)));
}

/**
 * Whether a pattern could match ARNs of the type, counting ":"-qualified forms of them: Lambda versions
 * and aliases (function:NAME:*) and CloudWatch Logs groups written log-group:NAME:*. The reference lists
 * only the unqualified template for such actions, but AWS authorizes the qualified ARNs too, so a rule
 * that called them useless would be wrong.
 */
export function patternFitsType(resourcePattern: string, type: ResourceTypeInfo): boolean {
  return typeFitTemplates(type).some((templates) => patternFitsTemplates(resourcePattern, templates));
}

/** The compiled forms of a type's templates; a known authorization resource is the exact ARN AWS names, never ":"-qualified. */
export function typeFitTemplates(type: ActionResourceType | ResourceTypeInfo): FitTemplates[] {
  const qualify = !('known' in type && type.known);
  return type.arnTemplates.map((template) => fitTemplates(template, qualify));
}

/**
 * A resource type's template and its ":"-qualified form, compiled once; no qualified form when the
 * template ends in a path variable, which already takes any ":"-suffix.
 */
export interface FitTemplates {
  plain: CompiledTemplate;
  qualified?: CompiledTemplate;
}

const fits = new Map<string, FitTemplates>();

export function fitTemplates(arnTemplate: string, qualify = true): FitTemplates {
  const key = qualify ? arnTemplate : `\n${arnTemplate}`;
  let found = fits.get(key);
  if (!found) {
    const plain = compileTemplate(arnTemplate);
    found = { plain, qualified: !qualify || endsInAnything(plain) ? undefined : compileTemplate(`${arnTemplate}:*`) };
    fits.set(key, found);
  }
  return found;
}

export function patternFitsTemplates(resourcePattern: string, templates: FitTemplates): boolean {
  return patternCouldMatch(resourcePattern, templates.plain) || (templates.qualified !== undefined && patternCouldMatch(resourcePattern, templates.qualified));
}

/** Whether a policy resource pattern could ever authorize the action (for some request). */
export function acceptsResource(catalog: Catalog, action: ActionInfo, resourcePattern: string): boolean {
  const types = actionResourceTypes(catalog, action);
  if (types.length === 0) return matchesWildcard(resourcePattern, '*');
  return types.some((type) => patternFitsType(resourcePattern, type));
}

/** The resource types of the ARN's own service (by its service field) that a pattern could match: what the ARN is. */
export function resourceTypesOfArn(catalog: Catalog, pattern: string): ResourceTypeInfo[] {
  const service = pattern.split(':', 4)[2];
  if (!service) return [];
  return (catalog.service(service)?.resourceTypes() ?? []).filter(
    (type) => type.arnTemplates.some((template) => template.split(':', 4)[2] === service && patternCouldMatchTemplate(pattern, template)),
  );
}

/** The resource types that scope an action most narrowly: its required ones, else its first one. */
export function narrowestTypeNames(action: ActionInfo): string[] {
  const required = action.resourceTypes.filter((type) => type.required);
  return (required.length > 0 ? required : action.resourceTypes.slice(0, 1)).map((type) => type.name);
}
