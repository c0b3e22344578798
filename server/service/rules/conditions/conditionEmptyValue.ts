import type { Catalog } from '../../catalog/catalog';
import type { ParsedOperator } from '../../conditions/operators';
import { isIntrinsic } from '../../document/policyView';
import { operatorsOf, statementsOf } from '../../conditions/walk';
import { keyTestHolds } from '../../evaluator/conditionEval';
import { RequestContext } from '../../evaluator/requestContext';
import type { Resolver } from '../../evaluator/resolve';
import type { Rule } from '../rule';

const NO_VARIABLES: Resolver = { variablesEnabled: false, lookup: () => undefined };
const SOME_VALUE = 'some-value';

/** What a test with no values does, asked of the evaluator with the key absent and with it present. */
function emptyListOutcome(catalog: Catalog, operator: ParsedOperator, key: string): string {
  const holds = (context: Record<string, string>) => keyTestHolds(operator, key, [], { context: new RequestContext(context, catalog), resolver: NO_VARIABLES });
  const absent = holds({});
  const present = holds({ [key]: SOME_VALUE });
  if (absent && present) return 'with no values to match, the test is always true, so it restricts nothing';
  if (absent) return `the test is true only when the request has no ${key} (to test that, use "Null": {"${key}": "true"})`;
  if (present) return `the test is true whenever the request has ${key}, whatever its value`;
  return 'AWS has no value to match, so this test is never true';
}

export const conditionEmptyValue: Rule = {
  meta: {
    id: 'condition-empty-value',
    description: 'An empty list of values for a condition key, an operator with no keys, or an empty Condition.',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
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
        const outcome = emptyListOutcome(catalog, operator.parsed, key.name);
        report({ node: key.valueNode, message: `${key.name} has an empty list of values: ${outcome}. Add the values you meant, or remove the key.` });
      }
    }
  },
};
