import { conditionKeys } from '../conditions/conditionBlock';
import { absenceCause } from './absenceCause';
import type { RequestContext } from './requestContext';
import type { StatementVerdict } from './statement';

/**
 * Why an applying Deny applied, when the cause is not obvious: a condition that holds only because
 * its key is missing (a Not operator or IfExists), and the source-IP Deny that also blocks the calls
 * AWS services make on the caller's behalf because it does not test aws:ViaAWSService.
 */
export function denyHints(verdict: StatementVerdict, context: RequestContext): string[] {
  const hints: string[] = [];
  const keys = conditionKeys(verdict.statement);
  for (const key of keys) {
    if (context.get(key.name) || key.operator.parsed.info?.family === 'Null') continue;
    hints.push(`Its condition ${key.operator.name} on ${key.name} holds because the request has no ${key.name}${absenceCause(key.name)}.`);
  }
  const testsSourceIp = keys.some((k) => k.name.toLowerCase() === 'aws:sourceip');
  const testsViaService = keys.some((k) => k.name.toLowerCase() === 'aws:viaawsservice');
  if (testsSourceIp && !testsViaService && context.single('aws:ViaAWSService')?.toLowerCase() === 'true') {
    hints.push(
      'The call comes from an AWS service acting on your behalf (aws:ViaAWSService is true), so aws:SourceIp is that service\'s address, not yours; add "Bool": {"aws:ViaAWSService": "false"} to this Deny so that such calls still work.',
    );
  }
  return hints;
}
