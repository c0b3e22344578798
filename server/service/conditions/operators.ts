/**
 * The IAM condition operators: their family (what kind of value they compare), whether they negate,
 * whether they accept wildcards, and how a written name (with ForAllValues:/ForAnyValue: and IfExists)
 * breaks down. Names are matched case-insensitively, as AWS's policy engine does.
 */

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

export interface OperatorInfo {
  /** Canonical spelling, e.g. "StringNotEqualsIgnoreCase". */
  name: string;
  family: OperatorFamily;
  /** True for the Not forms: they match when no value matches. */
  negated: boolean;
  /** `*` and `?` are wildcards in the policy values (StringLike, ArnEquals/ArnLike and their Not forms). */
  wildcards: boolean;
  /** StringEqualsIgnoreCase compares without case; every other comparison is case-sensitive. */
  ignoresCase: boolean;
  /** What the operator checks, for hovers. */
  summary: string;
}

function op(name: string, family: OperatorFamily, summary: string, extra: Partial<OperatorInfo> = {}): OperatorInfo {
  return { name, family, negated: /Not/.test(name), wildcards: false, ignoresCase: false, summary, ...extra };
}

export const OPERATORS: readonly OperatorInfo[] = [
  op('StringEquals', 'String', 'Exact, case-sensitive string match. `*` and `?` are ordinary characters here.'),
  op('StringNotEquals', 'String', 'True when the key matches none of the values exactly (case-sensitive).'),
  op('StringEqualsIgnoreCase', 'String', 'Exact string match ignoring case.', { ignoresCase: true }),
  op('StringNotEqualsIgnoreCase', 'String', 'True when the key matches none of the values, ignoring case.', { ignoresCase: true }),
  op('StringLike', 'String', 'Case-sensitive match where `*` matches any run of characters and `?` one character.', { wildcards: true }),
  op('StringNotLike', 'String', 'True when the key matches none of the patterns (`*` and `?` are wildcards).', { wildcards: true }),
  op('NumericEquals', 'Numeric', 'Numeric equality.'),
  op('NumericNotEquals', 'Numeric', 'True when the number equals none of the values.'),
  op('NumericLessThan', 'Numeric', 'True when the number is less than the value.'),
  op('NumericLessThanEquals', 'Numeric', 'True when the number is less than or equal to the value.'),
  op('NumericGreaterThan', 'Numeric', 'True when the number is greater than the value.'),
  op('NumericGreaterThanEquals', 'Numeric', 'True when the number is greater than or equal to the value.'),
  op('DateEquals', 'Date', 'True when the date equals the value (ISO 8601 or epoch seconds).'),
  op('DateNotEquals', 'Date', 'True when the date equals none of the values.'),
  op('DateLessThan', 'Date', 'True when the date is before the value.'),
  op('DateLessThanEquals', 'Date', 'True when the date is at or before the value.'),
  op('DateGreaterThan', 'Date', 'True when the date is after the value.'),
  op('DateGreaterThanEquals', 'Date', 'True when the date is at or after the value.'),
  op('Bool', 'Bool', 'Compares a boolean key with `true` or `false`.'),
  op('BinaryEquals', 'Binary', 'Compares the base64-encoded bytes of the key with the value, byte for byte.'),
  op('IpAddress', 'IpAddress', 'True when the address lies in one of the IPv4/IPv6 addresses or CIDR ranges.'),
  op('NotIpAddress', 'IpAddress', 'True when the address lies in none of the addresses or CIDR ranges.', { negated: true }),
  op('ArnEquals', 'Arn', 'Case-sensitive ARN match, segment by segment; `*` and `?` are wildcards within a segment.', { wildcards: true }),
  op('ArnLike', 'Arn', 'Case-sensitive ARN match, segment by segment; `*` and `?` are wildcards within a segment.', { wildcards: true }),
  op('ArnNotEquals', 'Arn', 'True when the ARN matches none of the values (wildcards allowed).', { wildcards: true }),
  op('ArnNotLike', 'Arn', 'True when the ARN matches none of the patterns (wildcards allowed).', { wildcards: true }),
  op('Null', 'Null', '`true`: the key is absent from the request; `false`: the key is present (its value is not compared).'),
];

const BY_LOWER_NAME = new Map(OPERATORS.map((o) => [o.name.toLowerCase(), o]));

/** Every canonical operator name, for did-you-mean and completion. */
export const OPERATOR_NAMES: readonly string[] = OPERATORS.map((o) => o.name);

export function operatorInfo(name: string): OperatorInfo | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}

export interface ParsedOperator {
  /** The name as written. */
  text: string;
  /** The operator without qualifier and IfExists, as written (e.g. "stringequals"). */
  base: string;
  info?: OperatorInfo;
  ifExists: boolean;
  qualifier?: SetQualifier;
  /** The text before ":" when there is one, even when it is not a known qualifier. */
  qualifierText?: string;
  /** True when the qualifier (if any) and the base are both known. */
  known: boolean;
}

const QUALIFIERS = new Map<string, SetQualifier>([
  ['forallvalues', 'ForAllValues'],
  ['foranyvalue', 'ForAnyValue'],
]);
const IF_EXISTS = 'ifexists';

/** Splits "ForAnyValue:StringLikeIfExists" into its qualifier, base operator and IfExists suffix. */
export function parseOperator(text: string): ParsedOperator {
  const colon = text.indexOf(':');
  const qualifierText = colon >= 0 ? text.slice(0, colon) : undefined;
  const qualifier = qualifierText === undefined ? undefined : QUALIFIERS.get(qualifierText.toLowerCase());
  let base = colon >= 0 ? text.slice(colon + 1) : text;
  let info = operatorInfo(base);
  let ifExists = false;
  if (!info && base.length > IF_EXISTS.length && base.toLowerCase().endsWith(IF_EXISTS)) {
    const stripped = base.slice(0, -IF_EXISTS.length);
    const strippedInfo = operatorInfo(stripped);
    if (strippedInfo) {
      base = stripped;
      info = strippedInfo;
      ifExists = true;
    }
  }
  return { text, base, info, ifExists, qualifier, qualifierText, known: info !== undefined && (qualifierText === undefined || qualifier !== undefined) };
}

/** Writes an operator name back from its parts, in canonical spelling. */
export function formatOperator(base: string, ifExists = false, qualifier?: SetQualifier): string {
  return `${qualifier ? `${qualifier}:` : ''}${base}${ifExists ? 'IfExists' : ''}`;
}
