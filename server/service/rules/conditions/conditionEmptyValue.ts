import { isIntrinsic } from '../../document/policyView';
import { operatorsOf, statementsOf } from '../../conditions/walk';
import type { Rule } from '../rule';

export const conditionEmptyValue: Rule = {
  meta: {
    id: 'condition-empty-value',
    description: 'An empty list of values for a condition key, an operator with no keys, or an empty Condition.',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, report }) {
    for (const statement of statementsOf(doc)) {
      const condition = statement.condition;
      if (condition?.type === 'object' && !isIntrinsic(condition) && (condition.children?.length ?? 0) === 0) {
        report({ node: condition, message: 'This Condition is empty, so AWS applies the statement to every request it covers. Add the operator you meant, or remove the Condition.' });
      }
    }
    for (const operator of operatorsOf(doc)) {
      const block = operator.valueNode;
      if (block?.type === 'object' && (block.children?.length ?? 0) === 0) {
        report({ node: block, message: `${operator.name} names no condition key, so AWS tests nothing here. Add the key and values you meant, or remove the operator.` });
        continue;
      }
      if (!operator.parsed.info) continue;
      for (const key of operator.keys) {
        if (key.valueNode?.type !== 'array' || key.values.length > 0) continue;
        const outcome =
          operator.parsed.qualifier === 'ForAllValues'
            ? 'with ForAllValues and no values, AWS finds the test true only for requests without the key'
            : operator.parsed.info.negated
              ? 'AWS has nothing to exclude, so the test passes whenever the key is present'
              : 'AWS has no value to match, so this test is never true';
        report({ node: key.valueNode, message: `${key.name} has an empty list of values: ${outcome}. Add the values you meant, or remove the key.` });
      }
    }
  },
};
