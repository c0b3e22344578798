import type { ParsedMessage, PolicyTypeNamed, StatedReason } from './types';

/**
 * Reads an AccessDenied message in the forms AWS prints it. The core is IAM's
 * "User: PRINCIPAL is not authorized to perform: ACTION on resource: RESOURCE", followed (since 2021)
 * by the reason: "because no <policy type> allows the ACTION action" or "with an explicit deny in
 * a/an <policy type>[: POLICY-ARN]". Around it: the AWS CLI's and boto3's "An error occurred (CODE)
 * when calling the OP operation: ", the JavaScript SDK's "CODE: ", the Go SDK's "operation error
 * SERVICE: OP, ... CODE: ", the Java SDK's " (Service: ..., Error Code: CODE, ...)", and JSON or XML
 * error bodies ({"__type": ..., "message": ...}, <Code>...</Code><Message>...</Message>).
 */

const POLICY_TYPES: readonly PolicyTypeNamed[] = [
  'identity-based policy',
  'resource-based policy',
  'permissions boundary',
  'session policy',
  'service control policy',
  'resource control policy',
  'VPC endpoint policy',
];

const NOT_AUTHORIZED = /User: (.+?) is not authorized to perform: ([^\s]+)/;
const BOTO_PREFIX = /An error occurred \(([\w.#-]+)\) when calling the (\w+) operation/;
const GO_PREFIX = /operation error [\w .-]+?: (\w+),/;
const JAVA_CODE = /Error Code: ([\w.#-]+)/;
const LEADING_CODE = /(?:^|\s)(\w*(?:AccessDenied|Unauthorized|Forbidden)\w*):\s/;
const XML_CODE = /<Code>([^<]+)<\/Code>/;
const XML_MESSAGE = /<Message>([\s\S]*?)<\/Message>/;
/** Where the resource ends: the reason, the Java SDK's suffix, the Access Troubleshooter link, or the line. */
const RESOURCE_END = / because no | with an explicit deny| \(Service: |\. Go to |\.?\s*\n|\.?\s*$/;
const EXPLICIT = /^with an explicit deny in (?:an? )?/i;
const IMPLICIT = /^because no /i;
const POLICY_ARN = /^: (arn:\S+)/;

/** The message, or undefined when the text is no AccessDenied message at all. */
export function parseAccessDeniedMessage(raw: string): ParsedMessage | undefined {
  const body = jsonBody(raw) ?? xmlBody(raw);
  const text = (body?.message ?? raw).trim();
  const errorCode = body?.code ?? BOTO_PREFIX.exec(raw)?.[1] ?? JAVA_CODE.exec(raw)?.[1] ?? LEADING_CODE.exec(raw)?.[1];
  const operation = BOTO_PREFIX.exec(raw)?.[2] ?? GO_PREFIX.exec(raw)?.[1];
  const core = NOT_AUTHORIZED.exec(text);
  if (!core) {
    if (!errorCode || !/AccessDenied|Unauthorized|Forbidden/i.test(errorCode)) return undefined;
    return { errorCode, operation, text: withoutPrefix(text) };
  }
  const parsed: ParsedMessage = { errorCode, operation, principal: core[1], action: core[2].replace(/[.,;]+$/, ''), text: text.slice(core.index) };
  let rest = text.slice(core.index + core[0].length);
  if (rest.startsWith(' on resource: ')) {
    rest = rest.slice(' on resource: '.length);
    const end = RESOURCE_END.exec(rest);
    const cut = end ? end.index : rest.length;
    parsed.resource = rest.slice(0, cut);
    rest = rest.slice(cut);
  }
  parsed.reason = statedReason(rest.trim());
  return parsed;
}

function statedReason(tail: string): StatedReason | undefined {
  const explicit = EXPLICIT.exec(tail);
  const implicit = explicit ? undefined : IMPLICIT.exec(tail);
  const lead = explicit ?? implicit;
  if (!lead) return undefined;
  const rest = tail.slice(lead[0].length);
  const policyType = POLICY_TYPES.find((type) => rest.toLowerCase().startsWith(type.toLowerCase()));
  if (!policyType) return undefined;
  if (!explicit) return { kind: 'implicitDeny', policyType };
  const arn = POLICY_ARN.exec(rest.slice(policyType.length))?.[1].replace(/\.$/, '');
  return { kind: 'explicitDeny', policyType, ...(arn ? { policyArn: arn } : {}) };
}

/** A JSON error body: {"__type" | "code" | "Code", "message" | "Message"}, also nested under "Error". */
function jsonBody(raw: string): { code?: string; message: string } | undefined {
  const trimmed = raw.trim();
  if (!trimmed.startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const object = (value && typeof value === 'object' && 'Error' in value ? (value as { Error: unknown }).Error : value) as Record<string, unknown> | null;
  if (!object || typeof object !== 'object') return undefined;
  const message = object.message ?? object.Message;
  if (typeof message !== 'string') return undefined;
  const type = object.__type ?? object.code ?? object.Code;
  // "com.amazonaws.connect#AccessDeniedException" -> "AccessDeniedException"
  const code = typeof type === 'string' ? type.slice(type.lastIndexOf('#') + 1) : undefined;
  return { code, message };
}

function xmlBody(raw: string): { code?: string; message: string } | undefined {
  const message = XML_MESSAGE.exec(raw)?.[1];
  return message === undefined ? undefined : { code: XML_CODE.exec(raw)?.[1], message: decodeXml(message) };
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The message without an SDK's "An error occurred (...) when calling the X operation: " or "Code: " prefix. */
function withoutPrefix(text: string): string {
  const boto = BOTO_PREFIX.exec(text);
  if (boto) return text.slice(boto.index + boto[0].length).replace(/^:\s*/, '');
  const leading = LEADING_CODE.exec(text);
  return leading ? text.slice(leading.index + leading[0].length) : text;
}
