import { policy } from '../helpers/service';

export interface StatementParts {
  effect?: 'Allow' | 'Deny';
  action?: string;
  resource?: string;
}

/** A one-statement policy with the given Condition JSON text (ranges marked with ⟦ ⟧ pass through). */
export function withCondition(condition: string, parts: StatementParts = {}): string {
  const { effect = 'Allow', action = '"connect:StartChatContact"', resource = '"*"' } = parts;
  return policy(`{"Effect": "${effect}", "Action": ${action}, "Resource": ${resource}, "Condition": ${condition}}`);
}

/** The same one-statement policy, pretty-printed with two-space indentation as editors write it. */
export function prettyWithCondition(condition: Record<string, unknown>, parts: StatementParts = {}): string {
  const { effect = 'Allow', action = '"connect:StartChatContact"', resource = '"*"' } = parts;
  const statement = { Effect: effect, Action: JSON.parse(action) as unknown, Resource: JSON.parse(resource) as unknown, Condition: condition };
  return `${JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2)}\n`;
}

/** Marks the first occurrence of `text` with ⟦ ⟧. */
export function mark(document: string, text: string): string {
  const at = document.indexOf(text);
  if (at < 0) throw new Error(`${text} not found`);
  return `${document.slice(0, at)}⟦${text}⟧${document.slice(at + text.length)}`;
}
