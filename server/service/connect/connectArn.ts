import type { Catalog } from '../catalog/catalog';
import type { ParsedDocument } from '../document/parsedDocument';
import { parsedArns } from '../arn/arnEntries';
import { parseArn, resourceSegments, type ParsedArn } from '../arn/parseArn';
import { partitionOfRegion } from '../arn/partitions';
import type { ServiceOptions } from '../options';

/** Connect instance IDs (and most Connect resource IDs) are lower-case UUIDs. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const UUID_ANY_CASE = new RegExp(UUID.source, 'i');

/** The path segments Connect ARNs use: first ones ("instance", "phone-number") and those under an instance. */
export interface ConnectSegments {
  topLevel: Set<string>;
  underInstance: Set<string>;
}

const segmentCache = new WeakMap<Catalog, ConnectSegments>();

/** Read from the catalog's Connect ARN templates, so new resource types are known without code changes. */
export function connectSegments(catalog: Catalog): ConnectSegments {
  let segments = segmentCache.get(catalog);
  if (segments) return segments;
  segments = { topLevel: new Set(), underInstance: new Set() };
  for (const template of (catalog.service('connect')?.resourceTypes() ?? []).flatMap((type) => type.arnTemplates)) {
    const parsed = parseArn(template);
    if (parsed.kind !== 'arn' || parsed.arn.service.text !== 'connect') continue;
    const parts = resourceSegments(parsed.arn).map((s) => s.text);
    segments.topLevel.add(parts[0]);
    if (parts[0] === 'instance' && parts.length > 2) segments.underInstance.add(parts[2]);
  }
  segmentCache.set(catalog, segments);
  return segments;
}

/** Names people write for Connect ARN segments, and the segment AWS actually uses. */
export const SEGMENT_ALIASES: Readonly<Record<string, string>> = {
  user: 'agent',
  users: 'agent',
  agents: 'agent',
  'contact-flows': 'contact-flow',
  contactflow: 'contact-flow',
  flow: 'contact-flow',
  flows: 'contact-flow',
  'hours-of-operation': 'operating-hours',
  'quick-connect': 'transfer-destination',
  'quick-connects': 'transfer-destination',
  'agent-status': 'agent-state',
  'hierarchy-group': 'agent-group',
  'user-hierarchy-group': 'agent-group',
  'contact-flow-module': 'flow-module',
  'flow-modules': 'flow-module',
  contacts: 'contact',
  queues: 'queue',
  instances: 'instance',
};

/** A concrete Connect instance: what fixes fill into ARNs. */
export interface ConnectInstance {
  partition: string;
  region: string;
  account: string;
  instanceId: string;
  arn: string;
}

/** The instance of a concrete Connect ARN (known region, 12-digit account, UUID instance ID). */
export function instanceOf(arn: ParsedArn): ConnectInstance | undefined {
  if (arn.service.text !== 'connect') return undefined;
  const [first, id] = resourceSegments(arn).map((s) => s.text);
  const partition = arn.partition.text;
  const region = arn.region.text;
  const account = arn.account.text;
  if (first !== 'instance' || !id || !UUID.test(id) || !/^\d{12}$/.test(account)) return undefined;
  if (partitionOfRegion(region)?.id !== partition) return undefined;
  return { partition, region, account, instanceId: id, arn: `arn:${partition}:connect:${region}:${account}:instance/${id}` };
}

/** The instance named by another Connect ARN in the document, else the connectIam.connect.instanceArn setting. */
export function knownInstance(doc: ParsedDocument, options: ServiceOptions): ConnectInstance | undefined {
  for (const { arn } of parsedArns(doc)) {
    const instance = instanceOf(arn);
    if (instance) return instance;
  }
  const configured = options.connect.instanceArn ? parseArn(options.connect.instanceArn) : undefined;
  return configured?.kind === 'arn' ? instanceOf(configured.arn) : undefined;
}
