/**
 * CloudTrail records as pasted: one event, a log file's {"Records": [...]}, or the output of
 * `aws cloudtrail lookup-events` ({"Events": [{"CloudTrailEvent": "<the event as a JSON string>"}]}).
 * Only the fields the explanation reads are typed; a field of the wrong type is treated as absent.
 */

export interface CloudTrailIdentity {
  type?: string;
  arn?: string;
  accountId?: string;
  invokedBy?: string;
  sessionIssuerArn?: string;
  mfaAuthenticated?: boolean;
}

export interface CloudTrailRecord {
  eventSource?: string;
  eventName?: string;
  awsRegion?: string;
  sourceIPAddress?: string;
  vpcEndpointId?: string;
  recipientAccountId?: string;
  errorCode?: string;
  errorMessage?: string;
  eventTime?: string;
  /** TLS was used (the record has tlsDetails). */
  tls: boolean;
  requestParameters: Record<string, unknown>;
  userIdentity: CloudTrailIdentity;
}

/** The records of a CloudTrail JSON text; undefined when the text is not CloudTrail JSON. */
export function parseCloudTrail(text: string): CloudTrailRecord[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const events = eventObjects(value);
  return events.length > 0 ? events.map(record) : undefined;
}

function eventObjects(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(eventObjects);
  if (!isObject(value)) return [];
  if (Array.isArray(value.Records)) return value.Records.filter(isEvent);
  if (Array.isArray(value.Events)) {
    return value.Events.flatMap((event) => {
      if (!isObject(event) || typeof event.CloudTrailEvent !== 'string') return [];
      try {
        const parsed: unknown = JSON.parse(event.CloudTrailEvent);
        return isEvent(parsed) ? [parsed] : [];
      } catch {
        return [];
      }
    });
  }
  return isEvent(value) ? [value] : [];
}

function isEvent(value: unknown): value is Record<string, unknown> {
  return isObject(value) && typeof value.eventSource === 'string' && typeof value.eventName === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function record(event: Record<string, unknown>): CloudTrailRecord {
  const identity = isObject(event.userIdentity) ? event.userIdentity : {};
  const session = isObject(identity.sessionContext) ? identity.sessionContext : {};
  const issuer = isObject(session.sessionIssuer) ? session.sessionIssuer : {};
  const attributes = isObject(session.attributes) ? session.attributes : {};
  const mfa = attributes.mfaAuthenticated;
  return {
    eventSource: string(event.eventSource),
    eventName: string(event.eventName),
    awsRegion: string(event.awsRegion),
    sourceIPAddress: string(event.sourceIPAddress),
    vpcEndpointId: string(event.vpcEndpointId),
    recipientAccountId: string(event.recipientAccountId),
    errorCode: string(event.errorCode),
    errorMessage: string(event.errorMessage),
    eventTime: string(event.eventTime),
    tls: isObject(event.tlsDetails),
    requestParameters: isObject(event.requestParameters) ? event.requestParameters : {},
    userIdentity: {
      type: string(identity.type),
      arn: string(identity.arn),
      accountId: string(identity.accountId),
      invokedBy: string(identity.invokedBy),
      sessionIssuerArn: string(issuer.arn),
      mfaAuthenticated: mfa === 'true' || mfa === true ? true : mfa === 'false' || mfa === false ? false : undefined,
    },
  };
}

/** Whether the record is a denied call (errorCode AccessDenied, AccessDeniedException, Client.UnauthorizedOperation, ...). */
export function isDenied(record: CloudTrailRecord): boolean {
  return record.errorCode !== undefined && /AccessDenied|Unauthorized|Forbidden/i.test(record.errorCode);
}
