/**
 * The shape of AWS's Service Reference, the machine-readable Service Authorization Reference that
 * AWS publishes at https://servicereference.us-east-1.amazonaws.com/: an index of {service, url} and
 * one document per service. Only the fields the catalog needs are checked; others are ignored.
 */

export const DEFAULT_ENDPOINT = 'https://servicereference.us-east-1.amazonaws.com/';

export interface ServiceReferenceEntry {
  service: string;
  url: string;
}

export interface ServiceReferenceAction {
  Name: string;
  ActionConditionKeys?: string[];
  Annotations?: { Properties?: { IsList?: boolean; IsWrite?: boolean; IsPermissionManagement?: boolean; IsTaggingOnly?: boolean } };
  /** ConditionKeys here are keys for this action on that resource type (ec2:AuthorizedService on CreateNetworkInterfacePermission's network-interface). */
  Resources?: { Name: string; ConditionKeys?: string[] }[];
  /** Not in the documents AWS publishes today: taken if it ever appears. */
  DependentActions?: string[];
}

export interface ServiceReferenceResource {
  Name: string;
  ARNFormats?: string[];
  ConditionKeys?: string[];
}

export interface ServiceReferenceConditionKey {
  Name: string;
  Types?: string[];
}

export interface ServiceReferenceDocument {
  Name: string;
  Actions: ServiceReferenceAction[];
  Resources?: ServiceReferenceResource[];
  ConditionKeys?: ServiceReferenceConditionKey[];
  Version?: string;
}

/** Service prefixes as IAM spells them; anything else in the index would become a file name. */
const SERVICE_PREFIX = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Why a downloaded value is not what the Service Reference promises. */
export class ServiceReferenceFormatError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function fail(where: string, what: string): never {
  throw new ServiceReferenceFormatError(`${where}: ${what}`);
}

/** The index: a non-empty list of {service, url} with distinct, well-formed prefixes. */
export function validateIndex(value: unknown): ServiceReferenceEntry[] {
  if (!Array.isArray(value)) fail('index', 'not a JSON list of {service, url}');
  if (value.length === 0) fail('index', 'lists no services');
  const seen = new Set<string>();
  return value.map((entry, i) => {
    if (!isObject(entry) || typeof entry.service !== 'string' || typeof entry.url !== 'string') fail('index', `entry ${i} is not {service, url}`);
    const service = entry.service.toLowerCase();
    if (!SERVICE_PREFIX.test(service)) fail('index', `entry ${i} has an unusable service prefix ${JSON.stringify(entry.service)}`);
    if (seen.has(service)) fail('index', `service "${service}" is listed twice`);
    seen.add(service);
    return { service, url: entry.url };
  });
}

function checkNamedList(where: string, field: string, value: unknown, check: (item: Record<string, unknown>, at: string) => void): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) fail(where, `${field} is not a list`);
  value.forEach((item, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(item) || typeof item.Name !== 'string' || item.Name === '') fail(where, `${at} has no Name`);
    check(item, at);
  });
}

function optionalStrings(where: string, at: string, value: unknown): void {
  if (value !== undefined && !isStringArray(value)) fail(where, `${at} is not a list of strings`);
}

/** One service's document, checked field by field so that a truncated or foreign file is refused whole. */
export function validateServiceDocument(value: unknown, expectedService: string): ServiceReferenceDocument {
  const where = `service "${expectedService}"`;
  if (!isObject(value)) fail(where, 'the document is not a JSON object');
  if (typeof value.Name !== 'string' || value.Name.toLowerCase() !== expectedService) fail(where, `the document names ${JSON.stringify(value.Name)}, not "${expectedService}"`);
  if (!Array.isArray(value.Actions)) fail(where, 'the document has no Actions list');
  checkNamedList(where, 'Actions', value.Actions, (action, at) => {
    optionalStrings(where, `${at}.ActionConditionKeys`, action.ActionConditionKeys);
    optionalStrings(where, `${at}.DependentActions`, action.DependentActions);
    checkNamedList(where, `${at}.Resources`, action.Resources, (resource, rat) => optionalStrings(where, `${rat}.ConditionKeys`, resource.ConditionKeys));
    if (action.Annotations !== undefined && !isObject(action.Annotations)) fail(where, `${at}.Annotations is not an object`);
  });
  checkNamedList(where, 'Resources', value.Resources, (resource, at) => {
    optionalStrings(where, `${at}.ARNFormats`, resource.ARNFormats);
    optionalStrings(where, `${at}.ConditionKeys`, resource.ConditionKeys);
  });
  checkNamedList(where, 'ConditionKeys', value.ConditionKeys, (key, at) => optionalStrings(where, `${at}.Types`, key.Types));
  if (value.Version !== undefined && typeof value.Version !== 'string') fail(where, 'Version is not a string');
  return value as unknown as ServiceReferenceDocument;
}
