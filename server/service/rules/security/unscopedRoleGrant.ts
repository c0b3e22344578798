import type { Node } from 'jsonc-parser';
import { resourceEntries } from '../../arn/statementTargets';
import { conditionOperators } from '../../conditions/conditionBlock';
import { isAllow } from '../../connect/statementFacts';
import type { ParsedDocument } from '../../document/parsedDocument';
import { keyOf, stringEntries, type StatementView } from '../../document/policyView';
import { hasWildcard, matchesWildcard } from '../../text/wildcard';
import { literalStatements } from '../structure/elements';

/** An IAM action that hands out or creates roles, and what scopes a grant of it. */
export interface RoleActionSpec {
  /** "iam:PassRole" */
  action: string;
  /** The condition key that limits the grant to named services (iam:PassedToService, iam:AWSServiceName). */
  scopingKey: string;
  /** Resource parts (after the fifth colon) that stand for every role the action can name. */
  everyRole: readonly string[];
}

/** How a statement reaches the action: by name, through a wildcard such as "iam:*", or by not excluding it in NotAction. */
export type ActionReach = { kind: 'named' } | { kind: 'wildcard'; text: string } | { kind: 'NotAction' };

/** A statement that allows the action on every role, with where to point and how it got there. */
export interface UnscopedGrant {
  statement: StatementView;
  /** The Resource entry that covers every role, or the NotResource key. */
  node: Node;
  reach: ActionReach;
  /** The Resource text ("*", "arn:aws:iam::*:role/*"), or undefined for NotResource. */
  resource?: string;
}

/**
 * Allow statements of identity policies that grant `spec.action` on every role (a Resource such as "*"
 * or role/*, or NotResource) without the scoping condition key. The Access Analyzer checks PASS_ROLE_*
 * and CREATE_SLR_* look for the same six combinations: the action by name, through a wildcard, or
 * through NotAction, on a wildcard Resource or with NotResource.
 */
export function unscopedGrants(doc: ParsedDocument, spec: RoleActionSpec): UnscopedGrant[] {
  const found: UnscopedGrant[] = [];
  for (const policy of doc.policies) {
    if (policy.kind !== 'identity') continue;
    for (const statement of literalStatements(policy)) {
      if (!isAllow(statement)) continue;
      const reach = actionReach(statement, spec.action);
      if (!reach || hasConditionKey(statement, spec.scopingKey)) continue;
      const notResource = statement.properties.get('NotResource');
      if (notResource) {
        const key = keyOf(notResource);
        if (key) found.push({ statement, node: key, reach });
        continue;
      }
      const every = resourceEntries(statement).find((entry) => coversEveryRole(entry.pattern, spec));
      if (every) found.push({ statement, node: every.node, reach, resource: every.text });
    }
  }
  return found;
}

function actionReach(statement: StatementView, action: string): ActionReach | undefined {
  if (statement.action) {
    let wildcard: string | undefined;
    for (const entry of stringEntries(statement.action)) {
      if (entry.text === undefined || !matchesWildcard(entry.text, action, true)) continue;
      if (!hasWildcard(entry.text)) return { kind: 'named' };
      wildcard ??= entry.text;
    }
    return wildcard === undefined ? undefined : { kind: 'wildcard', text: wildcard };
  }
  if (!statement.notAction) return undefined;
  const entries = stringEntries(statement.notAction);
  // An intrinsic in NotAction might exclude the action: nothing is known, so nothing is said.
  if (entries.some((entry) => entry.text === undefined)) return undefined;
  return entries.some((entry) => matchesWildcard(entry.text as string, action, true)) ? undefined : { kind: 'NotAction' };
}

function hasConditionKey(statement: StatementView, key: string): boolean {
  const wanted = key.toLowerCase();
  return conditionOperators(statement).some((operator) => operator.keys.some((entry) => entry.name.toLowerCase() === wanted));
}

/** "*", or an IAM (or any-service) ARN whose resource part is one that names every role. */
function coversEveryRole(pattern: string, spec: RoleActionSpec): boolean {
  if (pattern === '*') return true;
  const parts = pattern.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return false;
  const service = parts[2];
  if (service !== 'iam' && !(hasWildcard(service) && matchesWildcard(service, 'iam'))) return false;
  return spec.everyRole.includes(parts.slice(5).join(':'));
}

/** How the message names the way the statement reaches the action. */
export function describeReach(reach: ActionReach, action: string): string {
  if (reach.kind === 'named') return action;
  if (reach.kind === 'wildcard') return `${action} (through "${reach.text}")`;
  return `${action} (NotAction does not exclude it)`;
}

/** How the message names the resource side. */
export function describeResource(grant: UnscopedGrant): string {
  return grant.resource === undefined ? 'with NotResource' : `on "${grant.resource}"`;
}
