import type { ParsedDocument } from '../document/parsedDocument';
import type { StatementView } from '../document/policyView';
import { conditionOperators, type ConditionKeyEntry, type ConditionOperatorEntry } from './conditionBlock';

/**
 * The document's statements, Condition operators and keys as flat arrays, built once per parsed
 * document and shared by every condition rule: on a large CloudFormation template, walking the
 * policies once instead of once per rule is most of the cost.
 */
interface DocumentConditions {
  statements: StatementView[];
  operators: ConditionOperatorEntry[];
  /** Keys whose operator is known (unknown operators get their own rule). */
  knownKeys: ConditionKeyEntry[];
}

const cache = new WeakMap<ParsedDocument, DocumentConditions>();

function documentConditions(doc: ParsedDocument): DocumentConditions {
  let found = cache.get(doc);
  if (found) return found;
  const statements = doc.policies.flatMap((p) => p.statements);
  const operators = statements.flatMap(conditionOperators);
  const knownKeys = operators.flatMap((o) => (o.parsed.info ? o.keys : []));
  found = { statements, operators, knownKeys };
  cache.set(doc, found);
  return found;
}

/** Every statement of every policy in the document. */
export function statementsOf(doc: ParsedDocument): readonly StatementView[] {
  return documentConditions(doc).statements;
}

/** Every Condition operator entry of the document, in order. */
export function operatorsOf(doc: ParsedDocument): readonly ConditionOperatorEntry[] {
  return documentConditions(doc).operators;
}

/** Every condition key entry of the document whose operator is known. */
export function knownKeysOf(doc: ParsedDocument): readonly ConditionKeyEntry[] {
  return documentConditions(doc).knownKeys;
}
