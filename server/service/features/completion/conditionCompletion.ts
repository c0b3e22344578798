import { instanceOf } from '../../connect/connectArn';
import { parsedArns } from '../../arn/arnEntries';
import { parseArn } from '../../arn/parseArn';
import type { Catalog } from '../../catalog/catalog';
import { conditionOperators, type ConditionOperatorEntry } from '../../conditions/conditionBlock';
import { GLOBAL_KEYS } from '../../conditions/globalKeys';
import { patternStem, resolveConditionKey } from '../../conditions/keys';
import { fitsKey, type KeyTypeFacts } from '../../conditions/compatibility';
import { OPERATORS, formatOperator, type SetQualifier } from '../../conditions/operators';
import { actionConditionKeys, statementActions } from '../../conditions/statementActions';
import type { ParsedDocument } from '../../document/parsedDocument';
import type { StatementView } from '../../document/policyView';
import type { ServiceOptions } from '../../options';
import type { Range } from '../../text/lineIndex';
import type { CompletionItem, FeatureContext } from '../types';
import { ipValueItems } from './ipValueCompletion';
import { stringContentAt } from './stringContent';

const QUALIFIERS: SetQualifier[] = ['ForAnyValue', 'ForAllValues'];

/** Every operator spelling, built once: bases first, then IfExists forms, then qualified forms. */
const OPERATOR_ITEMS: Omit<CompletionItem, 'textEdit'>[] = (() => {
  const items: Omit<CompletionItem, 'textEdit'>[] = [];
  const add = (label: string, detail: string, documentation: string, rank: number) =>
    items.push({ label, kind: 'keyword', detail, documentation, sortText: `${rank}${label}` });
  for (const o of OPERATORS) add(o.name, `${o.family} operator`, o.summary, 0);
  for (const o of OPERATORS) if (o.family !== 'Null') add(formatOperator(o.name, true), `${o.family} operator, true when the key is missing`, o.summary, 1);
  for (const q of QUALIFIERS) for (const o of OPERATORS) if (o.family !== 'Null') add(formatOperator(o.name, false, q), `${o.family} operator over a multivalued key`, o.summary, 2);
  return items;
})();

function keyItems(catalog: Catalog, operator: ConditionOperatorEntry, range: Range): CompletionItem[] {
  const statement = operator.statement;
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const info = operator.parsed.info;
  // Keys of a type the operator does not compare sort after all the others.
  const add = (name: string, detail: string, documentation: string, rank: number, key: KeyTypeFacts | undefined) => {
    const lower = name.toLowerCase();
    if (seen.has(lower)) return;
    seen.add(lower);
    const sortRank = !info || !key || fitsKey(info, key) ? rank : rank + 2;
    items.push({ label: name, kind: 'property', detail, documentation, sortText: `${sortRank}${name}`, textEdit: { range, newText: patternStem(name) ?? name } });
  };
  for (const action of statementActions(catalog, statement).actions) {
    const service = catalog.service(action.service);
    for (const name of actionConditionKeys(catalog, action)) {
      const known = service?.conditionKey(name);
      add(name, `${known?.type ?? 'key'} · ${action.service}:${action.name}`, known?.description ?? '', 0, known && { name, type: known.type });
    }
  }
  for (const g of GLOBAL_KEYS) add(g.name, `${g.type} · global`, `${g.description}\n\n**When present:** ${g.presence}`, 1, { name: g.name, type: g.type, global: g });
  return items;
}

/** Connect instance IDs the statement's ARNs name, then the rest of the document's, then the configured instance's. */
function knownInstanceIds(doc: ParsedDocument, statement: StatementView, options: ServiceOptions): string[] {
  const ids = new Set<string>();
  const arns = parsedArns(doc);
  for (const { arn } of [...arns.filter((a) => a.statement === statement), ...arns]) {
    const instance = instanceOf(arn);
    if (instance) ids.add(instance.instanceId);
  }
  const configured = options.connect.instanceArn ? parseArn(options.connect.instanceArn) : undefined;
  const instance = configured?.kind === 'arn' ? instanceOf(configured.arn) : undefined;
  if (instance) ids.add(instance.instanceId);
  return [...ids];
}

function valueItems(context: FeatureContext, operator: ConditionOperatorEntry, keyName: string, range: Range): CompletionItem[] {
  const family = operator.parsed.info?.family;
  if (family === 'Bool' || family === 'Null') {
    const meaning = family === 'Null' ? ['the key is absent', 'the key is present'] : ['', ''];
    return ['true', 'false'].map((value, i) => ({ label: value, kind: 'enum', detail: meaning[i] || undefined, sortText: String(i), textEdit: { range, newText: value } }));
  }
  if (family === 'IpAddress') return ipValueItems(context.doc, context.catalog, keyName, range);
  if (resolveConditionKey(context.catalog, keyName)?.name === 'connect:InstanceId') {
    return knownInstanceIds(context.doc, operator.statement, context.options).map((id, i) => ({
      label: id,
      kind: 'value',
      detail: 'Connect instance ID named in this policy',
      sortText: String(i).padStart(3, '0'),
      textEdit: { range, newText: id },
    }));
  }
  return [];
}

/**
 * Inside a Condition: operator names; keys (the statement's actions' keys first, then global keys, and
 * keys whose type the operator does not compare after both); values where the type allows.
 */
export function conditionCompletion(context: FeatureContext): CompletionItem[] {
  const { doc, catalog, cursor } = context;
  const { node, statement, statementPath: path } = cursor;
  if (!node || !statement || !path || path[0] !== 'Condition' || node.type !== 'string') return [];
  const span = stringContentAt(doc, node, cursor.offset);
  if (!span) return [];
  const range = doc.lines.range(span.start, span.end - span.start);
  if (cursor.isKey && path.length === 2) return OPERATOR_ITEMS.map((item) => ({ ...item, textEdit: { range, newText: item.label } }));
  const operator = conditionOperators(statement).find((o) => o.name === path[1]);
  if (!operator) return [];
  if (cursor.isKey && path.length === 3) return keyItems(catalog, operator, range);
  if (!cursor.isKey && path.length >= 3 && typeof path[2] === 'string') return valueItems(context, operator, path[2], range);
  return [];
}
