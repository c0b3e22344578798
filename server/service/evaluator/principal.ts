import type { Node } from 'jsonc-parser';
import { keyOf, stringEntries, valueOf, type StatementView } from '../document/policyView';

/**
 * Principal / NotPrincipal of resource-based policies. A match is `exact` (the principal's ARN, a
 * service name), `role` (the role of an assumed-role session), `wildcard` ("*": everyone) or `account`
 * (the account ID or its root ARN: the account delegates to its own identity policies, which must
 * then allow too).
 */
export type PrincipalMatch = 'exact' | 'role' | 'wildcard' | 'account';

export type PrincipalVerdict = { match: PrincipalMatch } | { match: 'none'; node?: Node; reason: string };

interface PrincipalEntry {
  node: Node;
  kind: string;
  text: string;
}

const ACCOUNT_ID = /^\d{12}$/;
const ROOT_ARN = /^arn:[^:]+:iam::(\d{12}):root$/;
const ASSUMED_ROLE = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/;

export function principalMatch(statement: StatementView, principal: string | undefined): PrincipalVerdict {
  const negated = !statement.principal && statement.notPrincipal !== undefined;
  const element = negated ? statement.notPrincipal : statement.principal;
  if (!element) return { match: 'none', reason: 'The resource policy statement has neither Principal nor NotPrincipal, so AWS rejects the policy.' };
  const entries = principalEntries(element);
  const matches = entries.map((entry) => ({ entry, match: entryMatch(entry, principal) }));
  if (negated) {
    const excluded = matches.find((m) => m.match !== undefined);
    if (!excluded) return { match: 'wildcard' };
    return { match: 'none', node: excluded.entry.node, reason: `NotPrincipal excludes ${principal} (it lists ${excluded.entry.text}).` };
  }
  const order: PrincipalMatch[] = ['exact', 'role', 'wildcard', 'account'];
  for (const kind of order) if (matches.some((m) => m.match === kind)) return { match: kind };
  const listed = entries.map((e) => e.text).join(', ');
  const reason = principal
    ? `Principal does not include ${principal} (it lists ${listed || 'nothing'}).`
    : `Principal lists ${listed || 'nothing'}, and the request names no principal.`;
  return { match: 'none', node: element, reason };
}

/** "*" or {"AWS": ..., "Service": ..., "Federated": ..., "CanonicalUser": ...}, each a string or an array. */
function principalEntries(element: Node): PrincipalEntry[] {
  if (element.type === 'string') return [{ node: element, kind: 'AWS', text: element.value as string }];
  if (element.type !== 'object') return [];
  return (element.children ?? []).flatMap((prop) => {
    const kind = keyOf(prop)?.value as string;
    return stringEntries(valueOf(prop)).flatMap((e) => (e.text === undefined ? [] : [{ node: e.node, kind, text: e.text }]));
  });
}

function entryMatch(entry: PrincipalEntry, principal: string | undefined): PrincipalMatch | undefined {
  if (entry.kind === 'AWS' && entry.text === '*') return 'wildcard';
  if (principal === undefined) return undefined;
  if (entry.kind !== 'AWS') return entry.text === principal ? 'exact' : undefined;
  if (entry.text === principal) return 'exact';
  const session = ASSUMED_ROLE.exec(principal);
  if (session && entry.text === `arn:${session[1]}:iam::${session[2]}:role/${session[3]}`) return 'role';
  const account = ACCOUNT_ID.test(entry.text) ? entry.text : ROOT_ARN.exec(entry.text)?.[1];
  return account !== undefined && accountOf(principal) === account ? 'account' : undefined;
}

function accountOf(arn: string): string | undefined {
  return arn.split(':')[4];
}
