import type { Catalog, ResourceTypeInfo } from '../catalog/catalog';
import { actionResourceTypes } from '../arn/resourceTypeMatch';
import { templateBindings } from '../arn/templateMatch';
import { TextMemo } from '../text/textMemo';
import { ARN_COMPONENTS, type ArnMismatch } from './arnMatch';

/**
 * Sentences for a Resource that does not match: the closest pattern, the ARN component that differs,
 * and, with the catalog, the resource type the action is authorized against (the usual Connect
 * mistake: the bare instance ARN for StartChatContact, which is authorized against the contact flow).
 */

export interface PatternMiss {
  pattern: string;
  mismatch: ArnMismatch;
}

const COMPONENT_INDEX: Partial<Record<ArnMismatch, number>> = { partition: 1, service: 2, region: 3, account: 4 };

/** The pattern that got furthest through the ARN, then the one sharing the longest prefix with it. */
export function closestPattern<T extends PatternMiss>(misses: readonly T[], arn: string): T | undefined {
  let best: T | undefined;
  let bestRank = -1;
  let bestShared = -1;
  for (const miss of misses) {
    const rank = ARN_COMPONENTS.indexOf(miss.mismatch);
    const shared = sharedPrefix(miss.pattern, arn);
    if (rank > bestRank || (rank === bestRank && shared > bestShared)) {
      best = miss;
      bestRank = rank;
      bestShared = shared;
    }
  }
  return best;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** "Resource X does not match Y: the region differs (a, not b)." plus the resource-type hint. */
export function resourceMissSentence(miss: PatternMiss, arn: string, action: string, catalog?: Catalog): string {
  let sentence = `Resource ${miss.pattern} does not match ${arn}`;
  const index = COMPONENT_INDEX[miss.mismatch];
  if (index !== undefined) {
    const policyPart = miss.pattern.split(':')[index];
    const requestPart = arn.split(':')[index];
    if (policyPart !== undefined && requestPart !== undefined) {
      sentence += `: the ${miss.mismatch} differs ("${policyPart}" in the policy, "${requestPart}" in the request)`;
    }
  }
  const hint = catalog && miss.mismatch === 'resource' ? resourceTypeHint(miss.pattern, arn, action, catalog) : undefined;
  return `${sentence}${hint ? `; ${hint}` : ''}.`;
}

/** Bounded memo of which catalog template an ARN fits: explanations ask it for every statement. */
const fits = new TextMemo<ResourceTypeInfo | null>(2000);

/** `among` names the candidate list (an action, or a whole service); `types` lists it on a cache miss. */
function typeOf(among: string, types: () => readonly ResourceTypeInfo[], arn: string): ResourceTypeInfo | undefined {
  const key = `${among}\n${arn}`;
  // null is a remembered "none of them".
  const found = fits.has(key) ? fits.get(key) : fits.set(key, types().find((type) => type.arnTemplates.some((template) => templateBindings(template, arn))) ?? null);
  return found ?? undefined;
}

/** Names the resource type the request is authorized against when the pattern names another one. */
function resourceTypeHint(pattern: string, arn: string, action: string, catalog: Catalog): string | undefined {
  const info = catalog.action(action);
  if (!info) return undefined;
  const requestType = typeOf(action, () => actionResourceTypes(catalog, info), arn);
  if (!requestType) return undefined;
  const service = catalog.service(info.service);
  const patternType = service && typeOf(service.prefix, () => service.resourceTypes(), pattern);
  const label = `${info.name} is authorized against the ${requestType.name} resource`;
  if (!patternType || patternType.name === requestType.name) return `${label} (${requestType.arnTemplates.join(' or ')})`;
  const slash = arn.lastIndexOf('/');
  const suggestion = slash > 0 ? ` (such as ${arn.slice(0, slash + 1)}*)` : '';
  return `${label}, not the ${patternType.name}: allow the ${requestType.name} ARN${suggestion}`;
}

/**
 * When the request's own resource is none of the action's resource types (StartChatContact asked of
 * the bare instance ARN), no policy can fix it: AWS authorizes the action against another ARN.
 */
export function requestResourceHint(action: string, resource: string, catalog: Catalog): string | undefined {
  const info = catalog.action(action);
  if (!info) return undefined;
  const types = actionResourceTypes(catalog, info);
  if (types.length === 0) {
    return resource === '*' ? undefined : `${info.service}:${info.name} has no resource type: AWS authorizes it against "*", never against ${resource}.`;
  }
  if (typeOf(action, () => types, resource)) return undefined;
  const list = types.map((type) => `${type.name}${type.known ? ' (beyond the Service Authorization Reference)' : type.required ? ' (required)' : ''} ${type.arnTemplates.join(' or ')}`).join('; ');
  return `AWS never authorizes ${info.service}:${info.name} against ${resource}: it is authorized against ${list}.`;
}
