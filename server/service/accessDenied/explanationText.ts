import { statementLabel } from '../evaluator/evaluate';
import type { DeniedCall, PolicyPlace } from './types';

/**
 * One denied call as plain text, for the CLI and the editor's output channel. `at` names a place
 * ("templates/chat.json:27:31"), as each surface shows files.
 */
export function deniedCallText(call: DeniedCall, at: (place: PolicyPlace) => string): string {
  const request = call.request;
  const head = request ? `${request.action} on ${request.resource}: ${call.decision ?? 'not evaluated'} in this workspace` : 'The denied request could not be rebuilt';
  const lines = [head, `Cause: ${call.cause}`];
  if (request?.principal) lines.push(`Principal: ${request.principal}`);
  const context = Object.entries(request?.context ?? {}).map(([key, value]) => `${key}=${([] as string[]).concat(value).join(',')}`);
  if (context.length > 0) lines.push(`Context: ${context.join(' ')}`);
  for (const found of call.principalFound) lines.push(`  found: ${found.label.replace(/ in [^ ]+$/, '')} at ${at(found)}`);
  lines.push('', ...call.explanation.map((s) => `  ${s}`));
  if (call.deciding.length > 0) {
    lines.push('', 'Deciding statements:');
    const results = call.evaluation?.deciding ?? [];
    call.deciding.forEach((place, i) => lines.push(`  ${at(place)} ${results[i] ? statementLabel(results[i]) : place.label}`));
  }
  if (call.assumed.length > 0) lines.push('', 'Assumed:', ...call.assumed.map((a) => `  - ${a}`));
  if (call.missing.length > 0) lines.push('', 'Missing:', ...call.missing.map((m) => `  - ${m}`));
  const deployed = simulatorPrincipal(call);
  if (deployed) lines.push('', `AWS's own answer for the deployed principal: "Connect IAM: Check with the AWS IAM policy simulator" with ${deployed}.`);
  return lines.join('\n');
}

/** The role or user ARN AWS's simulator can evaluate as deployed (a session's role), when the call was IAM's. */
export function simulatorPrincipal(call: DeniedCall): string | undefined {
  const principal = call.request?.principal;
  if (!principal || call.cause === 'not-iam') return undefined;
  const session = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(principal);
  if (session) return typeof call.request?.context?.['aws:PrincipalArn'] === 'string' ? (call.request.context['aws:PrincipalArn'] as string) : `arn:${session[1]}:iam::${session[2]}:role/${session[3]}`;
  return /^arn:[^:]+:iam::\d{12}:(user|role)\//.test(principal) ? principal : undefined;
}
