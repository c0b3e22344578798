import type { ResolvedKey } from './keys';
import type { OperatorFamily, OperatorInfo } from './operators';

/**
 * Which operator families fit a key's type, and the operator of the right family that means what the
 * user wrote (StringNotEquals on an IP key means NotIpAddress). Null fits every key.
 *
 * ARN operators fit String keys: they compare the request's text as an ARN, part by part, and AWS
 * documents them on String keys that carry ARNs (ArnLike on kms:EncryptionContext:aws:logs:arn in the
 * CloudWatch Logs guide, on aws:RequestTag/AmazonECSCreated in the ECS guide). A value that is not an
 * ARN is condition-arn-value's finding. String operators fit ARN keys: an ARN is text.
 */

const FAMILIES_BY_TYPE: Record<string, readonly OperatorFamily[]> = {
  String: ['String', 'Arn'],
  ArrayOfString: ['String', 'Arn'],
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
