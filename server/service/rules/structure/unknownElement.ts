import type { Node } from 'jsonc-parser';
import { keyOf } from '../../document/policyView';
import { replacementFixes, keyReplacements } from '../replacementFix';
import type { Report, Rule } from '../rule';
import { elementSuggestions, literalStatements, POLICY_ELEMENTS, STATEMENT_ELEMENTS } from './elements';

export const unknownElement: Rule = {
  meta: {
    id: 'unknown-element',
    description: 'An element name that IAM does not know at the policy or statement level, such as "Actions".',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      // Around a single statement sit the resource's own properties (EventBusName, StatementId), not policy elements.
      if (policy.form === 'document') checkKeys(policy.node, policy.properties, POLICY_ELEMENTS, 'policy', report);
      for (const statement of literalStatements(policy)) {
        checkKeys(statement.node, statement.properties, STATEMENT_ELEMENTS, 'statement', report);
      }
    }
  },
  fix({ doc, diagnostic }) {
    return replacementFixes(doc, diagnostic, (replacement) => `Rename to ${replacement}`);
  },
};

function checkKeys(
  object: Node,
  present: ReadonlyMap<string, Node>,
  known: readonly string[],
  level: 'policy' | 'statement',
  report: (finding: Report) => void,
): void {
  for (const prop of object.children ?? []) {
    const key = keyOf(prop);
    const name = key?.value;
    if (!key || typeof name !== 'string' || known.includes(name)) continue;
    const suggestions = elementSuggestions(name, known, present);
    const advice =
      suggestions.length > 0
        ? `Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`
        : `The ${level} elements are ${known.join(', ')}.`;
    report({
      node: key,
      message: `"${name}" is not a ${level} element: AWS rejects the policy. ${advice}`,
      data: keyReplacements(key, suggestions),
    });
  }
}
