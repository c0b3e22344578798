import type { Node } from 'jsonc-parser';
import type { ActionInfo, Catalog } from '../catalog/catalog';
import { isParticipantServiceAction } from '../connect/participantActions';
import { stringEntries, type StatementView } from '../document/policyView';
import { hasWildcard } from '../text/wildcard';
import { allowsExecuteApiShortForm, executeApiPattern, isExecuteApiShortForm } from './executeApiShortForm';
import { SUB_REFERENCE } from './templateMatch';

/** One Resource entry as a pattern to match: a plain string, or an Fn::Sub string with its references marked. */
export interface ResourceEntry {
  /** The string node to squiggle (inside the Fn::Sub for CloudFormation). */
  node: Node;
  /** The text as written. */
  text: string;
  /** The text to match templates with; Fn::Sub references become SUB_REFERENCE. */
  pattern: string;
  fromSub: boolean;
}

/** The string of an {"Fn::Sub": "..."} or {"Fn::Sub": ["...", {...}]} node. */
function subString(node: Node): Node | undefined {
  const prop = node.type === 'object' && node.children?.length === 1 ? node.children[0] : undefined;
  if (prop?.children?.[0]?.value !== 'Fn::Sub') return undefined;
  const value = prop.children[1];
  const text = value?.type === 'array' ? value.children?.[0] : value;
  return text?.type === 'string' ? text : undefined;
}

/** Fn::Sub text as a policy pattern: `${Name}` is one substituted field, `${!Text}` the literal `${Text}`. */
function subPattern(text: string): string {
  return text.replace(/\$\{(!?)([^}]*)\}/g, (_, bang: string, inner: string) => (bang ? `\${${inner}}` : SUB_REFERENCE));
}

/**
 * The Resource entries of a statement that can be matched against ARN templates. Fn::Sub strings count
 * when they spell out the ARN ("arn:..."); other intrinsics (Ref, GetAtt, Join) are unknown and left out.
 */
export function resourceEntries(statement: StatementView): ResourceEntry[] {
  let entries = resourceMemo.get(statement);
  if (!entries) resourceMemo.set(statement, (entries = readResourceEntries(statement)));
  return entries;
}

/** Statement views live as long as their parsed document version; rules share one reading of each. */
const resourceMemo = new WeakMap<StatementView, ResourceEntry[]>();
const actionMemo = new WeakMap<StatementView, { catalog: Catalog; actions: StatementActions }>();

function readResourceEntries(statement: StatementView): ResourceEntry[] {
  const entries: ResourceEntry[] = [];
  const shortForms = allowsExecuteApiShortForm(statement);
  for (const entry of stringEntries(statement.resource)) {
    if (entry.text !== undefined) {
      const pattern = shortForms && isExecuteApiShortForm(entry.text) ? executeApiPattern(entry.text) : entry.text;
      entries.push({ node: entry.node, text: entry.text, pattern, fromSub: false });
      continue;
    }
    const sub = entry.dynamic ? subString(entry.node) : undefined;
    const text = sub?.value as string | undefined;
    if (sub && text?.startsWith('arn:')) entries.push({ node: sub, text, pattern: subPattern(text), fromSub: true });
  }
  return entries;
}

/** True when every Resource entry can be matched (none is an intrinsic we cannot read). */
export function resourcesFullyKnown(statement: StatementView): boolean {
  return stringEntries(statement.resource).length === resourceEntries(statement).length;
}

/** One Action entry and the catalog actions it names (several for a wildcard). */
export interface ActionEntry {
  node: Node;
  text: string;
  actions: readonly ActionInfo[];
}

export interface StatementActions {
  /** Entries that name known actions; participant-service names and unknown names are left out. */
  entries: ActionEntry[];
  /** True when every entry named known actions (no unknown name, no intrinsic, no "*" for all services). */
  complete: boolean;
}

/** The actions of a statement's Action element (not NotAction), expanded against the catalog. */
export function statementActions(catalog: Catalog, statement: StatementView): StatementActions {
  const memo = actionMemo.get(statement);
  if (memo?.catalog === catalog) return memo.actions;
  const actions = readStatementActions(catalog, statement);
  actionMemo.set(statement, { catalog, actions });
  return actions;
}

/** One shared list per action, like wildcard expansions, so that facts about a list can be cached by it. */
const singletons = new WeakMap<ActionInfo, readonly ActionInfo[]>();

function singleton(action: ActionInfo): readonly ActionInfo[] {
  let list = singletons.get(action);
  if (!list) singletons.set(action, (list = Object.freeze([action])));
  return list;
}

function readStatementActions(catalog: Catalog, statement: StatementView): StatementActions {
  const entries: ActionEntry[] = [];
  let complete = true;
  for (const entry of stringEntries(statement.action)) {
    const text = entry.text;
    if (text === undefined) {
      complete = false;
      continue;
    }
    if (isParticipantServiceAction(text)) continue;
    const colon = text.indexOf(':');
    const service = colon > 0 ? catalog.service(text.slice(0, colon)) : undefined;
    const name = text.slice(colon + 1);
    const exact = service && !hasWildcard(name) ? service.action(name) : undefined;
    const actions = !service ? [] : exact ? singleton(exact) : hasWildcard(name) ? service.actionsMatching(name) : [];
    if (actions.length === 0) complete = false;
    else entries.push({ node: entry.node, text, actions });
  }
  return { entries, complete };
}
