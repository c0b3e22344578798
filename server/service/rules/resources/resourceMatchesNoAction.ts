import { resourceTypesOfArn } from '../../arn/resourceTypeMatch';
import { statementAcceptsResource } from '../../arn/statementAcceptors';
import { isArn } from '../../arn/parseArn';
import { resourceEntries, statementActions, type ResourceEntry } from '../../arn/statementTargets';
import { flowResourcesWithoutFlowAction } from '../../connect/statementFacts';
import type { Rule } from '../rule';

export const resourceMatchesNoAction: Rule = {
  meta: {
    id: 'resource-matches-no-action',
    description: "A resource that none of the statement's actions is authorized against, so it grants nothing.",
    category: 'resource',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const policy of doc.policies) {
      for (const statement of policy.statements) {
        if (!statement.action || !statement.resource) continue;
        const { entries, complete } = statementActions(catalog, statement);
        if (!complete || entries.length === 0) continue;
        // connect-flow-without-action explains these more precisely: contact flows without a flow action.
        const explained = (entry: ResourceEntry) => flowResourcesWithoutFlowAction(catalog, statement).includes(entry);
        for (const entry of resourceEntries(statement)) {
          if ((!entry.fromSub && !isArn(entry.text)) || statementAcceptsResource(catalog, statement, entry.pattern) || explained(entry)) continue;
          const types = resourceTypesOfArn(catalog, entry.pattern).map((type) => type.name);
          // A Connect ARN of no Connect type is malformed; the connect-arn-* rules say how.
          if (types.length === 0 && entry.pattern.split(':', 4)[2] === 'connect') continue;
          const actions = entries.map((e) => e.text).join(', ');
          report({
            node: entry.node,
            message: `None of this statement's actions (${actions}) is authorized against this resource${types.length ? ` (resource type ${types.slice(0, 3).join(' / ')})` : ''}, so it grants nothing here. Check the ARN's type, or move it to the statement of the action that uses it.`,
          });
        }
      }
    }
  },
};
