import type { ParsedDocument } from '../document/parsedDocument';
import type { StatementView } from '../document/policyView';
import { conditionOperators, type ConditionKeyEntry, type ConditionOperatorEntry } from './conditionBlock';

/** Every statement of every policy in the document. */
export function* statementsOf(doc: ParsedDocument): Iterable<StatementView> {
  for (const policy of doc.policies) yield* policy.statements;
}

/** Every Condition operator entry of the document, in order. */
export function* operatorsOf(doc: ParsedDocument): Iterable<ConditionOperatorEntry> {
  for (const statement of statementsOf(doc)) yield* conditionOperators(statement);
}

/** Every condition key entry of the document whose operator is known (unknown ones get their own rule). */
export function* knownKeysOf(doc: ParsedDocument): Iterable<ConditionKeyEntry> {
  for (const operator of operatorsOf(doc)) {
    if (operator.parsed.info) yield* operator.keys;
  }
}
