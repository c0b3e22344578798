import { supportsResourceLevel } from '../../arn/resourceTypeMatch';
import { resourceEntries, resourcesFullyKnown } from '../../arn/statementTargets';
import { isAllow, statementAllowsAction, statementAt } from '../../connect/statementFacts';
import { stringEntries } from '../../document/policyView';
import { matchesWildcard } from '../../text/wildcard';
import type { Fix, Rule } from '../rule';

export const resourceWildcardRequired: Rule = {
  meta: {
    id: 'resource-wildcard-required',
    description: 'An action the Service Authorization Reference lists no resource type for (ListInstances, SendChatIntegrationEvent) is allowed only on scoped ARNs; AWS documents it as needing "*".',
    category: 'resource',
    // Some services authorize such actions against an ARN the reference does not show (see
    // knownAuthorization): without that knowledge a scoped grant is suspect, not surely dead.
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const policy of doc.policies) {
      for (const statement of policy.statements) {
        if (!isAllow(statement) || !statement.action || !statement.resource || !resourcesFullyKnown(statement)) continue;
        if (resourceEntries(statement).some((entry) => matchesWildcard(entry.pattern, '*'))) continue;
        const actionEntries = stringEntries(statement.action);
        for (const entry of actionEntries) {
          const action = entry.text === undefined ? undefined : catalog.action(entry.text);
          if (!action || supportsResourceLevel(catalog, action)) continue;
          const qualified = `${action.service}:${action.name}`;
          // Another statement may already allow it on "*".
          const elsewhere = policy.statements.some(
            (other) => other !== statement && statementAllowsAction(other, qualified) && resourceEntries(other).some((r) => r.pattern === '*'),
          );
          if (elsewhere) continue;
          report({
            node: entry.node,
            message:
              `The Service Authorization Reference (data of ${catalog.date}) lists no resource type for ${qualified}: AWS documents it as authorized against "*", which none of this statement's resources matches. ` +
              `Some services authorize such actions against an ARN the reference does not show; unless ${qualified} is one of them, this statement does not allow it. Allow it with "Resource": "*".`,
            data: { statementPath: statement.path, action: entry.text, only: actionEntries.length === 1 },
          });
        }
      }
    }
  },
  fix({ doc, diagnostic }) {
    const { statementPath, action, only } = (diagnostic.data ?? {}) as { statementPath?: (string | number)[]; action?: string; only?: boolean };
    const statement = statementAt(doc, statementPath);
    if (!statement || !action) return [];
    if (only) return statement.resource ? [{ title: 'Change the resource to "*"', edits: doc.writer.setValue(statement.resource, '*'), isPreferred: true }] : [];
    const policy = statement.policy;
    const index = stringEntries(statement.action).findIndex((e) => e.text === action);
    if (statement.action?.type !== 'array' || policy.statementValue?.type !== 'array' || index < 0) return [];
    const moved: Record<string, unknown> = { Effect: 'Allow', Action: action, Resource: '*' };
    const fix: Fix = {
      title: `Move ${action} to its own statement with "Resource": "*"`,
      edits: [...doc.writer.removeListItems(statement.action, [index]), ...doc.writer.appendToList(policy.statementValue, [moved])],
      isPreferred: true,
    };
    return [fix];
  },
};
