import { acceptsResource } from '../../arn/resourceTypeMatch';
import { statementActions } from '../../arn/statementTargets';
import { START_CHAT, startChatOnBareInstance, statementAt } from '../../connect/statementFacts';
import { stringEntries } from '../../document/policyView';
import { partReplacements, replacementEdits } from '../replacementFix';
import type { Fix, Rule } from '../rule';

export const connectStartChatInstanceArn: Rule = {
  meta: {
    id: 'connect-start-chat-instance-arn',
    description: 'connect:StartChatContact is allowed only on the bare instance ARN; AWS authorizes it against the contact flow, so it is denied.',
    category: 'connect',
    defaultSeverity: 'error',
    // It says why StartChatContact is denied on this resource more precisely than the general rules.
    supersedes: ['action-matches-no-resource', 'resource-matches-no-action'],
  },
  check({ doc, catalog, report }) {
    for (const policy of doc.policies) {
      for (const statement of policy.statements) {
        const bare = startChatOnBareInstance(catalog, statement);
        if (bare.length === 0) continue;
        // Other actions of the statement that use the instance ARN keep it: the fix adds the flow ARN instead.
        const others = statementActions(catalog, statement).entries.flatMap((e) => e.actions).filter((a) => `${a.service}:${a.name}` !== START_CHAT);
        const startChatEntries = stringEntries(statement.action).filter((e) => e.text?.toLowerCase() === START_CHAT.toLowerCase()).map((e) => e.node);
        for (const entry of bare) {
          const keep = others.some((action) => acceptsResource(catalog, action, entry.pattern));
          report({
            node: entry.node,
            message:
              `connect:StartChatContact is authorized against the contact flow (arn:…:instance/ID/contact-flow/FLOW_ID), not the instance: ` +
              `this instance ARN never matches it, so AWS implicitly denies StartChatContact (AccessDenied). ` +
              `Allow instance/ID/contact-flow/* or the exact contact-flow ARN.`,
            data: { ...partReplacements(entry.node, entry.text.length, 0, []), keep, statementPath: statement.path, text: entry.text, fromSub: entry.fromSub },
            covers: startChatEntries,
          });
        }
      }
    }
  },
  fix({ doc, diagnostic }) {
    const data = (diagnostic.data ?? {}) as { keep?: boolean; statementPath?: (string | number)[]; text?: string; fromSub?: boolean };
    if (typeof data.text !== 'string') return [];
    const forms: [string, string][] = [
      ['/contact-flow/*', 'any contact flow of the instance'],
      ['/contact-flow/CONTACT_FLOW_ID', 'one exact contact flow; then put your flow ID in'],
    ];
    const statement = statementAt(doc, data.statementPath);
    return forms.flatMap(([suffix, what], i): Fix[] => {
      const arn = `${data.text}${suffix}`;
      if (!data.keep) {
        const edits = replacementEdits(doc, diagnostic.data, suffix);
        return edits ? [{ title: `Change to ${arn} (${what})`, edits, isPreferred: i === 0 }] : [];
      }
      // Keep the instance ARN for the statement's other actions; add the flow ARN beside it.
      if (!statement?.resource || data.fromSub) return [];
      const edits = doc.writer.appendToList(statement.resource, [arn]);
      return edits.length ? [{ title: `Add ${arn} (${what})`, edits, isPreferred: i === 0 }] : [];
    });
  },
};
