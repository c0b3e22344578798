import { isIntrinsic } from '../../document/policyView';
import { operatorsOf, statementsOf } from '../../conditions/walk';
import type { Rule } from '../rule';

const SHAPE: Record<string, string> = { array: 'a list', string: 'a string', number: 'a number', boolean: 'a boolean', null: 'null' };

export const conditionBlockShape: Rule = {
  meta: {
    id: 'condition-block-shape',
    description: 'A Condition that is not an object of operators, or an operator whose value is not an object of keys.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const statement of statementsOf(doc)) {
      const condition = statement.condition;
      if (!condition || condition.type === 'object') continue;
      report({
        node: condition,
        message: `Condition must be an object of operators, such as {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}, not ${SHAPE[condition.type] ?? condition.type}: IAM rejects the policy (MalformedPolicyDocument).`,
      });
    }
    for (const operator of operatorsOf(doc)) {
      const block = operator.valueNode;
      if (!block || block.type === 'object' || isIntrinsic(block)) continue;
      report({
        node: block,
        message: `${operator.name} must hold an object of condition keys and values, such as {"aws:SourceVpce": "vpce-1a2b3c4d"}, not ${SHAPE[block.type] ?? block.type}: IAM rejects the policy (MalformedPolicyDocument).`,
      });
    }
  },
};
