import type { ResolvedKey } from './keys';
import type { OperatorFamily, OperatorInfo } from './operators';

/**
 * Which operator families fit a key's type, and the operator of the right family that means what the
 * user wrote (StringNotEquals on an IP key means NotIpAddress). Null fits every key.
 */

const FAMILIES_BY_TYPE: Record<string, readonly OperatorFamily[]> = {
  String: ['String'],
  ArrayOfString: ['String'],
  ARN: ['Arn', 'String'],
  ArrayOfARN: ['Arn', 'String'],
  Bool: ['Bool'],
  ArrayOfBool: ['Bool'],
  Numeric: ['Numeric'],
  ArrayOfNumeric: ['Numeric'],
  Date: ['Date'],
  IPAddress: ['IpAddress'],
  ArrayOfIPAddress: ['IpAddress'],
};

/** What compatibility needs to know of a key. */
export type KeyTypeFacts = Pick<ResolvedKey, 'name' | 'type' | 'global'>;

/** The families that compare a key of this type correctly; undefined when the type is one we do not know. */
export function familiesFor(key: KeyTypeFacts): readonly OperatorFamily[] | undefined {
  const families = FAMILIES_BY_TYPE[key.type];
  if (!families) return undefined;
  if (key.global?.alsoNumeric) return [...families, 'Numeric'];
  // Some ARN-valued keys are typed String in the reference (aws:SourceVpcArn): ARN operators fit them too.
  if (key.type === 'String' && key.name.toLowerCase().endsWith('arn')) return [...families, 'Arn'];
  return families;
}

export function fitsKey(operator: OperatorInfo, key: KeyTypeFacts): boolean {
  if (operator.family === 'Null') return true;
  const families = familiesFor(key);
  return families === undefined || families.includes(operator.family);
}

const ORDERING = /(LessThan|GreaterThan)(Equals)?$/;

/** The base operator of `family` closest in meaning to `operator` (equality or negation kept). */
export function counterpart(operator: OperatorInfo, family: OperatorFamily): string | undefined {
  const negated = operator.negated;
  const ordering = ORDERING.exec(operator.name)?.[0];
  switch (family) {
    case 'String':
      return negated ? 'StringNotEquals' : 'StringEquals';
    case 'Arn':
      return negated ? 'ArnNotLike' : 'ArnLike';
    case 'IpAddress':
      return negated ? 'NotIpAddress' : 'IpAddress';
    case 'Bool':
      return negated ? undefined : 'Bool';
    case 'Numeric':
    case 'Date':
      return ordering ? `${family}${ordering}` : negated ? `${family}NotEquals` : `${family}Equals`;
    default:
      return undefined;
  }
}
