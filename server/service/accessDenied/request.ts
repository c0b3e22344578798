import type { Catalog } from '../catalog/catalog';
import { actionResourceTypes } from '../arn/resourceTypeMatch';
import type { AccessRequest } from '../evaluator/types';
import type { CloudTrailRecord } from './cloudTrail';
import { parsePrincipalArn, type PrincipalArn } from './principalArn';
import type { ParsedMessage } from './types';

/**
 * The request as AWS evaluated it, built from what the input says: the action and the resource
 * exactly as given, and the context keys AWS sets on every request. What the input does not give is
 * listed in `missing` (a condition on it sees the key as absent); what is filled in without being
 * stated is listed in `assumed`.
 */
export interface BuiltRequest {
  request?: AccessRequest;
  principal?: PrincipalArn;
  /** The Region the call was sent to (CloudTrail's awsRegion) or, from a message, the resource's. */
  region?: string;
  missing: string[];
  assumed: string[];
}

const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]+)$/i;

export function requestFromMessage(message: ParsedMessage): BuiltRequest {
  const missing: string[] = [];
  const assumed: string[] = [];
  const principal = message.principal ? parsePrincipalArn(message.principal) : undefined;
  if (!message.action) return { principal, missing: ['The message names no action (only "User: ... is not authorized to perform: ACTION" does).'], assumed };
  let resource = message.resource;
  if (resource === undefined) {
    resource = '*';
    assumed.push('The message names no resource, so the request is evaluated against "*" (as for an action without a resource type).');
  }
  const context: Record<string, string> = {};
  const region = resource.startsWith('arn:') ? resource.split(':')[3] || undefined : undefined;
  if (region) {
    context['aws:RequestedRegion'] = region;
    assumed.push(`aws:RequestedRegion is ${region}, the resource's Region (a message does not say where the call was sent).`);
  } else missing.push('aws:RequestedRegion: the message does not say which Region the call was sent to.');
  addPrincipalKeys(context, principal, undefined, assumed);
  context['aws:ViaAWSService'] = 'false';
  assumed.push('The call was made directly (aws:ViaAWSService false), not by an AWS service on the principal\'s behalf.');
  missing.push('aws:SourceIp and aws:SourceVpce: a message does not give them, so conditions on them see them as absent (paste the CloudTrail event to include them).');
  return { request: { action: message.action, resource, principal: principal?.arn ?? message.principal, context }, principal, region, missing, assumed };
}

export function requestFromRecord(record: CloudTrailRecord, message: ParsedMessage | undefined, catalog: Catalog): BuiltRequest {
  const missing: string[] = [];
  const assumed: string[] = [];
  const principalText = record.userIdentity.arn ?? message?.principal;
  const principal = principalText ? parsePrincipalArn(principalText) : undefined;
  if (!principalText) missing.push('userIdentity.arn: the record does not name the caller, so its policies cannot be looked up.');
  const region = record.awsRegion;
  const action = actionOf(record, catalog) ?? message?.action;
  if (!action) {
    missing.push(`The action: ${record.eventSource ?? '(no eventSource)'} ${record.eventName ?? '(no eventName)'} is no action of the AWS catalog.`);
    return { principal, region, missing, assumed };
  }
  const resource = message?.resource ?? resourceOf(action, record, principal, catalog, missing, assumed);
  const context: Record<string, string> = {};
  if (region) context['aws:RequestedRegion'] = region;
  else missing.push('awsRegion: the record does not say which Region the call was sent to.');
  addPrincipalKeys(context, principal, record.userIdentity.sessionIssuerArn, assumed);
  const viaService = record.userIdentity.invokedBy !== undefined || (record.sourceIPAddress !== undefined && !IP_ADDRESS.test(record.sourceIPAddress));
  context['aws:ViaAWSService'] = String(viaService);
  if (record.sourceIPAddress && IP_ADDRESS.test(record.sourceIPAddress)) context['aws:SourceIp'] = record.sourceIPAddress;
  else missing.push(`aws:SourceIp: ${record.sourceIPAddress ? `sourceIPAddress is "${record.sourceIPAddress}", a service, not an address` : 'the record has no sourceIPAddress'}, so the key is absent.`);
  if (record.vpcEndpointId) context['aws:SourceVpce'] = record.vpcEndpointId;
  if (record.userIdentity.mfaAuthenticated !== undefined) context['aws:MultiFactorAuthPresent'] = String(record.userIdentity.mfaAuthenticated);
  if (record.tls) context['aws:SecureTransport'] = 'true';
  if (record.eventTime) context['aws:CurrentTime'] = record.eventTime;
  if (!resource) return { principal, region, missing, assumed };
  return { request: { action, resource, principal: principal?.arn ?? principalText, context }, principal, region, missing, assumed };
}

/** aws:PrincipalArn (a session's role, not the session) and aws:PrincipalAccount. */
function addPrincipalKeys(context: Record<string, string>, principal: PrincipalArn | undefined, issuerArn: string | undefined, assumed: string[]): void {
  if (!principal) return;
  context['aws:PrincipalAccount'] = principal.account;
  if (principal.kind === 'assumed-role') {
    if (issuerArn) context['aws:PrincipalArn'] = issuerArn;
    else {
      context['aws:PrincipalArn'] = `arn:${principal.partition}:iam::${principal.account}:role/${principal.name}`;
      assumed.push(`aws:PrincipalArn is ${context['aws:PrincipalArn']}: the role's path is not in the input, so none is assumed.`);
    }
  } else context['aws:PrincipalArn'] = principal.arn;
}

/** eventSource "connect.amazonaws.com" + eventName "StartChatContact" -> "connect:StartChatContact", through the catalog. */
function actionOf(record: CloudTrailRecord, catalog: Catalog): string | undefined {
  if (!record.eventSource || !record.eventName) return undefined;
  const prefix = record.eventSource.replace(/\.amazonaws\.com(\.cn)?$/, '');
  const info = catalog.action(`${prefix}:${record.eventName}`);
  return info ? `${info.service}:${info.name}` : undefined;
}

/**
 * The resource ARN from requestParameters through the action's ARN templates: ${Partition} and
 * ${Account} from the caller (or recipientAccountId), ${Region} from awsRegion, every other
 * placeholder from the request parameter of the same name (instanceId for ${InstanceId}). The
 * required resource types are tried first; the first template whose placeholders all fill wins.
 */
function resourceOf(action: string, record: CloudTrailRecord, principal: PrincipalArn | undefined, catalog: Catalog, missing: string[], assumed: string[]): string | undefined {
  const info = catalog.action(action)!;
  const types = [...actionResourceTypes(catalog, info)].sort((a, b) => Number(b.required) - Number(a.required));
  if (types.length === 0) return '*';
  const parameters = new Map(Object.entries(record.requestParameters).flatMap(([key, value]) => (typeof value === 'string' ? [[key.toLowerCase(), value]] : [])));
  const known = new Map<string, string | undefined>([
    ['partition', principal?.partition],
    ['region', record.awsRegion],
    ['account', record.recipientAccountId ?? principal?.account],
  ]);
  const unfilled: string[] = [];
  for (const type of types) {
    for (const template of type.arnTemplates) {
      const gaps: string[] = [];
      const arn = template.replace(/\$\{(\w+)\}/g, (_whole, name: string) => {
        const value = known.get(name.toLowerCase()) ?? parameters.get(name.toLowerCase());
        if (value === undefined) gaps.push(name);
        return value ?? '';
      });
      if (gaps.length === 0) {
        assumed.push(`The resource ${arn} is built from requestParameters with the ${type.name} ARN template (${template}).`);
        return arn;
      }
      unfilled.push(`${type.name} needs ${gaps.join(', ')}`);
    }
  }
  missing.push(`The resource: requestParameters do not give what ${action}'s ARN templates need (${unfilled.join('; ')}), so the request is not evaluated.`);
  return undefined;
}
