import { keyTestHolds } from '../evaluator/conditionEval';
import { RequestContext } from '../evaluator/requestContext';
import type { Resolver } from '../evaluator/resolve';
import type { ConditionKeyEntry } from './conditionBlock';

const NO_REQUEST_VALUES = new RequestContext({});
const NO_VARIABLES: Resolver = { variablesEnabled: false, lookup: () => undefined };

/**
 * What a statement does for an action whose requests never carry the key, as the evaluator decides
 * it with the key missing: IfExists, ForAllValues and the Not operators hold, the others fail.
 */
export function missingKeyEffect(key: ConditionKeyEntry, them: 'it' | 'them' | 'its actions'): string {
  const effect = key.operator.statement.effect?.value === 'Deny' ? 'denies' : 'allows';
  const values = key.values.flatMap((v) => (v.text === undefined ? [] : [v.text]));
  const holds = keyTestHolds(key.operator.parsed, key.name, values, { context: NO_REQUEST_VALUES, resolver: NO_VARIABLES });
  return holds ? `the test is true, so the statement ${effect} ${them} whatever the value` : `the test is false, so this statement never ${effect} ${them}`;
}
