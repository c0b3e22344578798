import { keyTestHolds } from '../evaluator/conditionEval';
import { RequestContext } from '../evaluator/requestContext';
import type { Resolver } from '../evaluator/resolve';
import type { ConditionKeyEntry } from './conditionBlock';

const NO_REQUEST_VALUES = new RequestContext({});
const NO_VARIABLES: Resolver = { variablesEnabled: false, lookup: () => undefined };

/** Whether the key's test holds for a request without the key, as the evaluator decides it (IfExists, ForAllValues and Not operators do). */
export function holdsWhenMissing(key: ConditionKeyEntry): boolean {
  const values = key.values.flatMap((v) => (v.text === undefined ? [] : [v.text]));
  return keyTestHolds(key.operator.parsed, key.name, values, { context: NO_REQUEST_VALUES, resolver: NO_VARIABLES });
}

/** What the statement does for actions whose requests never carry the key, in words. */
export function missingKeyEffect(key: ConditionKeyEntry, them: 'it' | 'them' | 'its actions'): string {
  if (holdsWhenMissing(key)) return `the test is true, so the key does not restrict ${them} in this statement`;
  const effect = key.operator.statement.effect?.value === 'Deny' ? 'denies' : 'allows';
  return `the test is false, so this statement never ${effect} ${them}`;
}
