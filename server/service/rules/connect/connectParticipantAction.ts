import { statementAt } from '../../connect/statementFacts';
import { isParticipantServiceAction } from '../../connect/participantActions';
import { stringEntries } from '../../document/policyView';
import type { Rule } from '../rule';

export const connectParticipantAction: Rule = {
  meta: {
    id: 'connect-participant-action',
    description: 'A Connect Participant Service API (SendMessage, GetTranscript, ...) written as an IAM action; IAM never authorizes it.',
    category: 'connect',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      for (const statement of policy.statements) {
        const entries = stringEntries(statement.action);
        entries.forEach((entry, index) => {
          if (entry.text === undefined || !isParticipantServiceAction(entry.text)) return;
          report({
            node: entry.node,
            message:
              `${entry.text} is a Connect Participant Service API, not an IAM action: the chat participant calls it with the participant ` +
              `and connection tokens from StartChatContact and CreateParticipantConnection, not with AWS credentials, so IAM never checks it ` +
              `and this grants nothing. Remove it; your backend needs only connect:StartChatContact.`,
            data: { statementPath: statement.path, index, count: entries.length, statements: policy.statements.length },
          });
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    const { statementPath, index, count, statements } = (diagnostic.data ?? {}) as {
      statementPath?: (string | number)[];
      index?: number;
      count?: number;
      statements?: number;
    };
    if (!statementPath || typeof index !== 'number') return [];
    const statement = statementAt(doc, statementPath);
    if (!statement) return [];
    if (statement.action?.type === 'array' && (count ?? 0) > 1) {
      return [{ title: 'Remove this action', edits: doc.writer.removeListItems(statement.action, [index]), isPreferred: true, safe: true }];
    }
    // The only action: the statement grants nothing, so remove it (when it is not the policy's only statement).
    const array = statement.policy.statementValue;
    if (array?.type !== 'array' || (statements ?? 0) < 2) return [];
    return [{ title: 'Remove this statement (it grants nothing)', edits: doc.writer.removeListItems(array, [statement.index]), isPreferred: true }];
  },
};
