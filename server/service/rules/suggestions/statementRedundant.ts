import { getNodeValue, type Node } from 'jsonc-parser';
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
      const statements = literalStatements(policy);
      // Only statements with the same cheap fingerprint can repeat each other: the canonical text is built for those.
      const fingerprints = statements.map((statement) => fingerprint(statement.node));
      const counts = new Map<string, number>();
      for (const f of fingerprints) counts.set(f, (counts.get(f) ?? 0) + 1);
      const seen = new Map<string, number>();
      for (const [i, statement] of statements.entries()) {
        if (counts.get(fingerprints[i]) === 1) continue;
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

/**
 * What the order of entries and the layout do not change, and a repeat shares: how many values of each kind the
 * statement holds (the Sid left out) and their total length.
 */
function fingerprint(node: Node): string {
  let values = 0;
  let length = 0;
  const visit = (n: Node) => {
    if (n.type === 'property') {
      if (n.parent === node && n.children?.[0]?.value === 'Sid') return;
      length += String(n.children?.[0]?.value).length;
      if (n.children?.[1]) visit(n.children[1]);
      return;
    }
    if (n.children) {
      for (const child of n.children) visit(child);
      return;
    }
    values++;
    length += String(n.value).length;
  };
  visit(node);
  return `${values}:${length}`;
}

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
