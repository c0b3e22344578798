/**
 * A seeded generator of requests and policies for the differential test and the benchmark: actions of
 * connect, s3, sqs and lambda, Action/NotAction and Resource/NotResource with wildcards and policy
 * variables, conditions of every operator family with IfExists, ForAllValues, ForAnyValue and Null,
 * context keys present or absent, and sometimes a resource policy, a permissions boundary and SCPs.
 * Every request is one iam-simulate accepts: a real action, an ARN of one of its resource types, the
 * principal's own account, and context values typed as AWS types the key.
 */

export const PRINCIPAL = 'arn:aws:iam::111122223333:user/alice';
export const ACCOUNT = '111122223333';

export interface GeneratedRequest {
  action: string;
  resource: string;
  principal: string;
  context: Record<string, string | string[]>;
}

export type Policy = { Version: string; Statement: Record<string, unknown>[] };

export interface GeneratedCase {
  request: GeneratedRequest;
  identity: Policy[];
  resourcePolicy?: Policy;
  boundary?: Policy;
  scps?: Policy[];
}

/** mulberry32: small, fast and good enough to spread cases; the seed makes every run the same. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
}

const REGIONS = ['us-east-1', 'us-west-2'];
const INSTANCES = ['11111111-2222-3333-4444-555555555555', 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'];
const FLOWS = ['66666666-7777-8888-9999-000000000000', 'flow-Web'];
const CONTACTS = ['c0ffee00-1111-2222-3333-444444444444', 'contact-B'];
const BUCKETS = ['chat-logs', 'web-assets'];
const OBJECTS = ['alice/transcript.json', 'bob/notes.txt', 'public/index.html', 'chat/alice/a.png'];

interface ActionSpec {
  action: string;
  /** A concrete ARN of one of the action's resource types ("*" for actions without one). */
  resource(r: Random): string;
  /** Service condition keys the action takes (iam-simulate drops others from the context). */
  serviceKeys?: string[];
}

const connectArn = (r: Random, path: string) => `arn:aws:connect:${r.pick(REGIONS)}:${ACCOUNT}:instance/${r.pick(INSTANCES)}${path}`;

const ACTIONS: readonly ActionSpec[] = [
  { action: 'connect:StartChatContact', resource: (r) => connectArn(r, `/contact-flow/${r.pick(FLOWS)}`), serviceKeys: ['connect:InstanceId'] },
  { action: 'connect:StopContact', resource: (r) => connectArn(r, `/contact/${r.pick(CONTACTS)}`), serviceKeys: ['connect:InstanceId'] },
  { action: 'connect:DescribeContact', resource: (r) => connectArn(r, `/contact/${r.pick(CONTACTS)}`), serviceKeys: ['connect:InstanceId'] },
  { action: 'connect:StartContactStreaming', resource: (r) => connectArn(r, '') },
  { action: 'connect:SendChatIntegrationEvent', resource: () => '*' },
  { action: 's3:GetObject', resource: (r) => `arn:aws:s3:::${r.pick(BUCKETS)}/${r.pick(OBJECTS)}` },
  { action: 's3:ListBucket', resource: (r) => `arn:aws:s3:::${r.pick(BUCKETS)}`, serviceKeys: ['s3:prefix'] },
  { action: 'sqs:SendMessage', resource: (r) => `arn:aws:sqs:${r.pick(REGIONS)}:${ACCOUNT}:${r.pick(['chat-events', 'audit'])}` },
  { action: 'lambda:InvokeFunction', resource: (r) => `arn:aws:lambda:${r.pick(REGIONS)}:${ACCOUNT}:function:${r.pick(['startChat', 'Transcribe'])}` },
];

const OTHER_ACTIONS = ['connect:StartOutboundChatContact', 'connect:UpdateContactAttributes', 'connect:SendMessage', 's3:PutObject', 'sqs:ReceiveMessage', 'iam:PassRole'];

type KeyKind = 'string' | 'ip' | 'bool' | 'numeric' | 'date' | 'epoch' | 'arn' | 'multi';

interface KeySpec {
  key: string;
  kind: KeyKind;
  /** Values a request may carry. */
  values: readonly string[];
  /** Extra values policies compare with (patterns, ranges). */
  policyValues?: readonly string[];
}

const KEYS: readonly KeySpec[] = [
  { key: 'aws:SourceIp', kind: 'ip', values: ['198.51.100.7', '203.0.113.9', '54.240.196.10', '2001:db8::1'], policyValues: ['198.51.100.0/24', '203.0.113.0/24', '10.0.0.0/8', '2001:db8::/32', '0.0.0.0/0', '54.240.196.10/32'] },
  { key: 'aws:ViaAWSService', kind: 'bool', values: ['true', 'false'] },
  { key: 'aws:SecureTransport', kind: 'bool', values: ['true', 'false'] },
  { key: 'aws:username', kind: 'string', values: ['alice', 'bob'], policyValues: ['alice', 'Alice', 'al*', '?ob', '${aws:PrincipalTag/team}'] },
  { key: 'aws:PrincipalTag/team', kind: 'string', values: ['chat', 'Chat', 'ops'], policyValues: ['chat', 'CHAT', 'ch*', 'o?s', '${aws:username}'] },
  { key: 'aws:RequestedRegion', kind: 'string', values: ['us-east-1', 'eu-west-1'], policyValues: ['us-*', 'us-east-1', 'eu-west-1'] },
  { key: 'aws:SourceVpce', kind: 'string', values: ['vpce-1a2b3c4d', 'vpce-99999999'], policyValues: ['vpce-1a2b3c4d', 'vpce-*'] },
  { key: 'aws:MultiFactorAuthAge', kind: 'numeric', values: ['300', '7200', '3600'], policyValues: ['3600', '300', '0', '3600.5'] },
  { key: 'aws:CurrentTime', kind: 'date', values: ['2026-11-21T22:00:00Z', '2025-01-01T00:00:00Z'], policyValues: ['2026-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2027-06-30T12:00:00+02:00'] },
  { key: 'aws:EpochTime', kind: 'epoch', values: ['1763762400', '1735689600'], policyValues: ['1735689600', '1767225600'] },
  { key: 'aws:PrincipalArn', kind: 'arn', values: [PRINCIPAL, 'arn:aws:iam::111122223333:role/ChatBackend'], policyValues: ['arn:aws:iam::111122223333:user/*', 'arn:aws:iam::*:role/Chat*', PRINCIPAL, 'arn:aws:iam::444455556666:*'] },
  { key: 'aws:TagKeys', kind: 'multi', values: ['team', 'cost', 'owner'], policyValues: ['team', 'cost', 'o*'] },
  { key: 'connect:InstanceId', kind: 'string', values: INSTANCES, policyValues: [...INSTANCES, 'aaaa*'] },
  { key: 's3:prefix', kind: 'string', values: ['alice/', 'public/', ''], policyValues: ['${aws:username}/', 'public/', '', '*'] },
];

const OPERATORS: Record<KeyKind, readonly string[]> = {
  string: ['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike', 'BinaryEquals'],
  ip: ['IpAddress', 'NotIpAddress'],
  bool: ['Bool'],
  numeric: ['NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals'],
  date: ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals'],
  epoch: ['DateLessThan', 'DateGreaterThanEquals', 'NumericLessThan', 'NumericGreaterThan', 'DateEquals'],
  arn: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'StringLike'],
  multi: ['StringEquals', 'StringLike', 'StringNotEquals', 'StringNotLike'],
};

function keysFor(spec: ActionSpec): KeySpec[] {
  return KEYS.filter((k) => !k.key.includes(':') || k.key.startsWith('aws:') || spec.serviceKeys?.includes(k.key));
}

function requestContext(r: Random, keys: KeySpec[]): Record<string, string | string[]> {
  const context: Record<string, string | string[]> = {};
  for (const k of keys) {
    if (!r.chance(0.6)) continue;
    context[k.key] = k.kind === 'multi' ? k.values.filter(() => r.chance(0.5)) : r.pick(k.values);
  }
  return context;
}

function conditionFor(r: Random, k: KeySpec): [string, string, string | string[]] {
  if (r.chance(0.1)) return ['Null', k.key, r.pick(['true', 'false'])];
  let operator = r.pick(OPERATORS[k.kind]);
  if (operator === 'BinaryEquals' && !r.chance(0.3)) operator = 'StringEquals';
  const pool = [...k.values, ...(k.policyValues ?? [])];
  const values = r.chance(0.3) ? [r.pick(pool), r.pick(pool)] : [r.pick(pool)];
  if (k.kind === 'multi') {
    operator = `${r.pick(['ForAnyValue', 'ForAllValues', 'ForAnyValue', 'ForAllValues', ''])}${operator}`.replace(/^(For\w+)(String)/, '$1:$2');
  } else if (r.chance(0.08)) {
    operator = `${r.pick(['ForAnyValue', 'ForAllValues'])}:${operator}`;
  }
  if (r.chance(0.25) && operator !== 'BinaryEquals') operator += 'IfExists';
  return [operator, k.key, values.length === 1 && r.chance(0.5) ? values[0] : values];
}

function actionPatterns(r: Random, action: string): string {
  const [service, name] = action.split(':');
  const options = [
    action,
    action.toLowerCase(),
    '*',
    `${service}:*`,
    `${service}:${name.slice(0, r.int(1, name.length - 1))}*`,
    `${service}:${name.slice(0, 3)}?${name.slice(4)}`,
    r.pick(OTHER_ACTIONS),
    r.pick(ACTIONS).action,
  ];
  return r.pick(options);
}

function resourcePatterns(r: Random, arn: string): string {
  if (arn === '*') return r.pick(['*', '*', 'arn:aws:connect:*:*:instance/*']);
  const parts = arn.split(':');
  const slash = arn.lastIndexOf('/');
  const instance = /^(.*:instance\/[^/]+)/.exec(arn)?.[1];
  const options = [
    arn,
    '*',
    slash > 0 ? `${arn.slice(0, slash + 1)}*` : `${arn}*`,
    [...parts.slice(0, 3), parts[3] === '' ? '' : '*', ...parts.slice(4)].join(':'),
    [...parts.slice(0, 3), parts[3] === '' ? '' : r.pick(REGIONS), ...parts.slice(4)].join(':'),
    [...parts.slice(0, 4), parts[4] === '' ? '' : '444455556666', ...parts.slice(5)].join(':'),
    `${arn.slice(0, -2)}?${arn.slice(-1)}`,
    arn.slice(0, -3) + arn.slice(-3).toUpperCase(),
    `arn:aws:${parts[2]}:*`,
    r.pick(ACTIONS).resource(r),
  ];
  if (instance) options.push(instance, `${instance}/*`, `${instance}/contact/*`, `${instance}/contact-flow/*`);
  if (parts[2] === 's3') options.push(`arn:aws:s3:::${r.pick(BUCKETS)}/\${aws:username}/*`, `arn:aws:s3:::${r.pick(BUCKETS)}/\${aws:PrincipalTag/team, 'public'}/*`, 'arn:aws:s3:::chat-*');
  return r.pick(options);
}

function listOf(r: Random, make: () => string): string | string[] {
  return r.chance(0.6) ? make() : [make(), make()];
}

function statement(r: Random, spec: ActionSpec, arn: string, keys: KeySpec[], effect?: string): Record<string, unknown> {
  const s: Record<string, unknown> = { Effect: effect ?? (r.chance(0.7) ? 'Allow' : 'Deny') };
  s[r.chance(0.15) ? 'NotAction' : 'Action'] = listOf(r, () => actionPatterns(r, spec.action));
  s[r.chance(0.15) ? 'NotResource' : 'Resource'] = listOf(r, () => resourcePatterns(r, arn));
  if (r.chance(0.55)) {
    const condition: Record<string, Record<string, string | string[]>> = {};
    for (let i = r.int(1, 3); i > 0; i--) {
      const [operator, key, values] = conditionFor(r, r.pick(keys));
      (condition[operator] ??= {})[key] = values;
    }
    s.Condition = condition;
  }
  return s;
}

function policy(r: Random, spec: ActionSpec, arn: string, keys: KeySpec[], count: number): Policy {
  return { Version: '2012-10-17', Statement: Array.from({ length: count }, () => statement(r, spec, arn, keys)) };
}

const PRINCIPALS = ['*', { AWS: PRINCIPAL }, { AWS: ACCOUNT }, { AWS: `arn:aws:iam::${ACCOUNT}:root` }, { AWS: 'arn:aws:iam::111122223333:user/bob' }, { AWS: '*' }];

export function generateCases(count: number, seed: number): GeneratedCase[] {
  const r = new Random(seed);
  const cases: GeneratedCase[] = [];
  for (let i = 0; i < count; i++) {
    const spec = r.pick(ACTIONS);
    const resource = spec.resource(r);
    const keys = keysFor(spec);
    const c: GeneratedCase = {
      request: { action: spec.action, resource, principal: PRINCIPAL, context: requestContext(r, keys) },
      identity: Array.from({ length: r.int(1, 2) }, () => policy(r, spec, resource, keys, r.int(1, 3))),
    };
    if (r.chance(0.15)) {
      const p = policy(r, spec, resource, keys, r.int(1, 2));
      p.Statement.forEach((s) => (s.Principal = r.pick(PRINCIPALS)));
      c.resourcePolicy = p;
    }
    if (r.chance(0.2)) c.boundary = policy(r, spec, resource, keys, r.int(1, 2));
    if (r.chance(0.15)) c.scps = [policy(r, spec, resource, keys, 1), { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: r.pick(['*', `${spec.action.split(':')[0]}:*`, 'iam:*']), Resource: '*' }] }];
    cases.push(c);
  }
  return cases;
}
