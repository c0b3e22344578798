import { flowResourcesWithoutFlowAction, START_CHAT, statementAt } from '../../connect/statementFacts';
import type { Rule } from '../rule';

export const connectFlowWithoutAction: Rule = {
  meta: {
    id: 'connect-flow-without-action',
    description: 'A statement scopes to contact flows but allows no action that uses them; connect:StartChatContact is probably missing.',
    category: 'connect',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const policy of doc.policies) {
      for (const statement of policy.statements) {
        for (const entry of flowResourcesWithoutFlowAction(catalog, statement)) {
          report({
            node: entry.node,
            message: `This contact-flow ARN is used by none of this statement's actions, so it grants nothing. A chat backend calls ${START_CHAT} on the contact flow: is it missing from "Action"?`,
            data: { statementPath: statement.path },
          });
        }
      }
    }
  },
  fix({ doc, diagnostic }) {
    const { statementPath } = (diagnostic.data ?? {}) as { statementPath?: (string | number)[] };
    const statement = statementAt(doc, statementPath);
    if (!statement?.action) return [];
    const edits = doc.writer.appendToList(statement.action, [START_CHAT]);
    return edits.length ? [{ title: `Add ${START_CHAT} to this statement's actions`, edits, isPreferred: true }] : [];
  },
};
