import { getNodeValue } from 'jsonc-parser';
import type { Rule } from '../rule';
import { literalStatements } from '../structure/elements';

export const statementRedundant: Rule = {
  meta: {
    id: 'statement-redundant',
    description: 'A statement that repeats an earlier statement of the same policy (apart from its Sid).',
    category: 'suggestion',
    defaultSeverity: 'information',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      const seen = new Map<string, number>();
      for (const statement of literalStatements(policy)) {
        const key = canonical(withoutSid(getNodeValue(statement.node)));
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, statement.index);
          continue;
        }
        report({
          offset: statement.node.offset,
          length: 1,
          message: `This statement grants exactly what statement ${first + 1} of the policy does. Remove one: when only one copy is edited later, the other keeps the old permissions.`,
        });
      }
    }
  },
};

function withoutSid(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy = { ...(value as Record<string, unknown>) };
  delete copy.Sid;
  return copy;
}

/** JSON with sorted keys and sorted lists: the order of entries in Action, Resource, ... changes nothing. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
