import { splitWithOffsets } from '../arn/parseArn';
import { matchesWildcard } from '../text/wildcard';
import { expandExecuteApiShortForm, isExecuteApiShortForm } from '../arn/executeApiShortForm';

/**
 * ARN matching as IAM does it for Resource/NotResource and the Arn condition operators: each of the
 * colon-delimited components (partition, service, region, account) is compared on its own, the
 * resource part (everything after the fifth colon) as a whole, all case-sensitively. A pattern with
 * fewer components whose last one ends in `*` lets that `*` run across the remaining colons ("If the
 * * wildcard is the last character of a resource ARN segment, it can expand to match beyond the colon
 * boundaries", IAM JSON policy elements: Resource).
 */

const ARN_PARTS = 6;

/** Splits an ARN into its six components, the last one keeping any further colons. */
function splitArn(arn: string): string[] | undefined {
  const parts = splitWithOffsets(arn, ':', 0, ARN_PARTS);
  return parts.length === ARN_PARTS ? parts.map((p) => p.text) : undefined;
}

/** Which component of the ARN failed, for explanations; undefined when the pattern matches. */
export type ArnMismatch = 'partition' | 'service' | 'region' | 'account' | 'resource' | 'shape';
/** Indexed by component position (0 stands for a pattern without ARN shape); also the order of how far a pattern got. */
export const ARN_COMPONENTS: readonly ArnMismatch[] = ['shape', 'partition', 'service', 'region', 'account', 'resource'];

/**
 * Compares a (variable-resolved) pattern with a concrete ARN; undefined means it matches. In a resource
 * policy (`inResourcePolicy`), API Gateway's short form execute-api:/STAGE/METHOD/PATH stands for the
 * called API's own ARN (see executeApiShortForm).
 */
export function arnMismatch(pattern: string, arn: string, inResourcePolicy = false): ArnMismatch | undefined {
  if (pattern === '*' || pattern === arn) return undefined;
  if (inResourcePolicy && isExecuteApiShortForm(pattern)) {
    const expanded = expandExecuteApiShortForm(pattern, arn);
    return expanded === undefined ? 'service' : arnMismatch(expanded, arn);
  }
  const value = splitArn(arn);
  let policy = splitArn(pattern);
  if (!policy && value && pattern.endsWith('*')) {
    // Fewer than six components: the trailing `*` stands for every missing one.
    const given = pattern.split(':');
    policy = [...given, ...new Array<string>(ARN_PARTS - given.length).fill('*')];
  }
  if (!policy || !value) return matchesWildcard(pattern, arn) ? undefined : 'shape';
  for (let i = 0; i < ARN_PARTS; i++) {
    if (!matchesWildcard(policy[i], value[i])) return ARN_COMPONENTS[i];
  }
  return undefined;
}
