import { formatOperator } from '../../conditions/operators';
import { operatorsOf } from '../../conditions/walk';
import { replacementFixes, keyReplacements } from '../replacementFix';
import type { Rule } from '../rule';

export const conditionOperatorNullIfExists: Rule = {
  meta: {
    id: 'condition-operator-null-ifexists',
    description: 'The Null operator with the IfExists suffix.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const operator of operatorsOf(doc)) {
      const { info, ifExists, qualifier } = operator.parsed;
      if (info?.family !== 'Null' || !ifExists) continue;
      report({
        node: operator.keyNode,
        message: 'Null already tests whether the key exists, so IAM does not accept an IfExists form of it. Use "Null".',
        data: keyReplacements(operator.keyNode, [formatOperator('Null', false, qualifier)]),
      });
    }
  },
  fix({ doc, diagnostic }) {
    return replacementFixes(doc, diagnostic, (r) => `Change to ${r}`);
  },
};
