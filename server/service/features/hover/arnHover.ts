import type { Catalog, ResourceTypeInfo } from '../../catalog/catalog';
import { parseArn, resourceSegments } from '../../arn/parseArn';
import { arnPlaceholders } from '../../arn/placeholders';
import { acceptsResource, resourceTypesMatchedBy, resourceTypesOfArn } from '../../arn/resourceTypeMatch';
import { resourceEntries, statementActions } from '../../arn/statementTargets';
import { templateBindings } from '../../arn/templateMatch';
import type { StatementView } from '../../document/policyView';
import type { FeatureContext, Hover } from '../types';

const ACCOUNT_FIELDS = new Set(['Partition', 'Region', 'Account']);

/** "InstanceId" -> "instance", "ContactFlowId" -> "contact flow". */
function variableWords(name: string): string {
  return name.replace(/(Id|Name|NameWithPath)$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Fn::Sub text with each `${...}` reference masked, so that `${AWS::Region}` reads as one field; `show`
 * puts the references back into any piece of the masked text.
 */
interface Masked {
  text: string;
  show: (piece: string) => string;
  /** CloudFormation references are resolved at deploy time, so they are not placeholders. */
  hasReferences: boolean;
}

function maskReferences(text: string): Masked {
  const references: string[] = [];
  const masked = text.replace(/\$\{[^}]*\}/g, (reference) => `\u0001${references.push(reference) - 1}\u0001`);
  const show = (piece: string) => piece.replace(/\u0001(\d+)\u0001/g, (_, i: string) => references[Number(i)]);
  return { text: masked, show, hasReferences: references.length > 0 };
}

const AS_WRITTEN = (text: string): Masked => ({ text, show: (piece) => piece, hasReferences: false });

/** What the ARN names in words: "contact flow `FLOW` of instance `ID`", or "any contact flow of instance `ID`". */
function describeResource(type: ResourceTypeInfo, arn: Masked): string {
  const what = type.name.replace(/-/g, ' ');
  const read = type.arnTemplates.map((template) => templateBindings(template, arn.text)).find((found) => found !== undefined);
  const bindings = read && Object.fromEntries(Object.entries(read).map(([name, value]) => [name, arn.show(value)]));
  if (!bindings) return what;
  const names = Object.keys(bindings).filter((name) => !ACCOUNT_FIELDS.has(name));
  const own = names.pop();
  const value = (v: string) => (v === '*' ? undefined : `\`${v}\``);
  const head = own === undefined ? what : value(bindings[own]) ? `${what} ${value(bindings[own])}` : `any ${what}`;
  const parents = names.reverse().map((name) => `${variableWords(name)} ${value(bindings[name]) ?? '(any)'}`);
  return [head, ...parents].join(' of ');
}

function partsTable(masked: Masked): string | undefined {
  const parsed = parseArn(masked.text);
  if (parsed.kind !== 'arn') return undefined;
  const { arn } = parsed;
  const placeholders = masked.hasReferences ? [] : arnPlaceholders(arn);
  const show = (v: string) => (v === '' ? '_(empty)_' : `\`${masked.show(v)}\``);
  const rows = [
    ['partition', arn.partition.text],
    ['service', arn.service.text],
    ['region', arn.region.text],
    ['account', arn.account.text],
    ['resource', resourceSegments(arn).map((s) => s.text).join(' / ')],
  ].map(([part, value]) => `| ${part} | ${show(value)} |`);
  const warning = placeholders.length ? `\n\n⚠ Placeholder${placeholders.length > 1 ? 's' : ''} ${placeholders.map((p) => `\`${p.text}\``).join(', ')}: AWS compares them literally.` : '';
  return `| part | value |\n| --- | --- |\n${rows.join('\n')}${warning}`;
}

function actionsSection(catalog: Catalog, statement: StatementView, pattern: string): string | undefined {
  const { entries } = statementActions(catalog, statement);
  if (entries.length === 0) return undefined;
  const lines = entries.map((entry) => {
    const applies = entry.actions.filter((action) => acceptsResource(catalog, action, pattern));
    if (entry.actions.length === 1) {
      const [action] = entry.actions;
      const types = resourceTypesMatchedBy(catalog, action, pattern).map((t) => `\`${t.name}\``);
      return applies.length
        ? `- ✓ \`${entry.text}\`${types.length ? ` (as ${types.join(', ')})` : ''}`
        : `- ✗ \`${entry.text}\`: authorized against ${action.resourceTypes.map((t) => `\`${t.name}\`${t.required ? '*' : ''}`).join(', ') || '`"*"` only'}`;
    }
    return `- ${applies.length ? '✓' : '✗'} \`${entry.text}\`: ${applies.length} of its ${entry.actions.length} actions`;
  });
  return `**Statement actions it applies to**\n\n${lines.join('\n')}`;
}

/** Hover on a Resource or NotResource entry: its resource type in words, the statement's actions it serves, and the ARN's parts. */
export function arnHover({ doc, catalog, cursor }: FeatureContext): Hover | undefined {
  const { node, statement, statementPath } = cursor;
  const element = statementPath?.[0];
  if (!node || node.type !== 'string' || cursor.isKey || !statement || (element !== 'Resource' && element !== 'NotResource')) return undefined;
  const text = node.value as string;
  const range = doc.lines.range(node.offset, node.length);
  if (text === '*') return { contents: '`"*"`: every resource. Actions without resource types are authorized against exactly this.', range };
  const entry = resourceEntries(statement).find((e) => e.node === node);
  const pattern = entry?.pattern ?? text;
  const masked = entry?.fromSub ? maskReferences(text) : AS_WRITTEN(text);
  const types = resourceTypesOfArn(catalog, pattern);
  const heading = types.length
    ? `**${types.slice(0, 3).map((type) => describeResource(type, masked)).join(' · ')}**${types.length > 3 ? ` and ${types.length - 3} more resource types` : ''}`
    : '**An ARN of no resource type we know**';
  // What the ARN does for the statement's actions is what a person acts on; the parts table follows it.
  const sections = [heading, element === 'Resource' ? actionsSection(catalog, statement, pattern) : undefined, partsTable(masked)];
  return { contents: sections.filter((s): s is string => s !== undefined).join('\n\n'), range };
}
