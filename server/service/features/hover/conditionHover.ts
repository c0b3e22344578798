import type { Catalog } from '../../catalog/catalog';
import { conditionOperators, type ConditionKeyEntry, type ConditionOperatorEntry } from '../../conditions/conditionBlock';
import { addressCount, formatAddress, maskBytes, nonPublicRange, parseIpBlock } from '../../conditions/ip';
import { isActionScoped, keyMatchesName, resolveConditionKey, type ResolvedKey } from '../../conditions/keys';
import type { ParsedOperator } from '../../conditions/operators';
import { findPolicyVariables } from '../../conditions/policyVariables';
import { actionConditionKeyEntries, statementActions } from '../../conditions/statementActions';
import type { ParsedDocument } from '../../document/parsedDocument';
import type { StatementView } from '../../document/policyView';
import type { FeatureContext, Hover } from '../types';

/** How many supporting actions a key hover lists before it counts the rest. */
const MAX_LISTED_ACTIONS = 10;

const QUALIFIER_TEXT = {
  ForAllValues:
    '**ForAllValues:** true when *every* value of the key in the request matches one of the policy values, and also when the request has no value at all (use it with a `Null` check, and never on a single-valued key in an Allow).',
  ForAnyValue: '**ForAnyValue:** true when *at least one* value of the key in the request matches one of the policy values; false when the key is missing.',
};

function operatorMarkdown(parsed: ParsedOperator): string | undefined {
  const info = parsed.info;
  if (!info || !parsed.known) return undefined;
  const parts = [`**\`${parsed.text}\`** · ${info.family} condition operator`, info.summary];
  if (info.family !== 'Null') {
    const facts = [info.ignoresCase ? 'ignores case' : 'case-sensitive'];
    if (info.family === 'String' || info.family === 'Arn') facts.push(info.wildcards ? '`*` and `?` are wildcards' : '`*` and `?` are literal characters');
    facts.push('several values: true when any one matches');
    parts.push(`Comparison: ${facts.join('; ')}.`);
  }
  if (info.negated) parts.push('A Not operator is true when no value matches, and also when the key is missing from the request.');
  if (parsed.ifExists) parts.push('**IfExists:** when the key is missing from the request the test is true; when it is present it is compared as usual.');
  else if (!info.negated && info.family !== 'Null') parts.push('When the key is missing from the request the test is false (add `IfExists` to make it true).');
  if (parsed.qualifier) parts.push(QUALIFIER_TEXT[parsed.qualifier]);
  return parts.join('\n\n');
}

function supportingActions(catalog: Catalog, statement: StatementView, key: ResolvedKey): string | undefined {
  if (!isActionScoped(key)) return 'A global key: AWS can put it in the request of any action.';
  const { actions, complete } = statementActions(catalog, statement);
  if (actions.length === 0) return undefined;
  const supporting = actions.flatMap((action) => {
    const entry = actionConditionKeyEntries(catalog, action).find((k) => keyMatchesName(k.name, key.written));
    return entry ? [{ action, resourceType: entry.resourceType }] : [];
  });
  if (supporting.length === 0) return complete ? '**None of this statement\'s actions supports this key**: AWS never puts it in their requests.' : undefined;
  const listed = supporting
    .slice(0, MAX_LISTED_ACTIONS)
    .map(({ action: a, resourceType }) => `\`${a.service}:${a.name}\`${resourceType === undefined ? '' : ` (with its \`${resourceType}\` resource type)`}`)
    .join(', ');
  const more = supporting.length > MAX_LISTED_ACTIONS ? ` and ${supporting.length - MAX_LISTED_ACTIONS} more` : '';
  return `**Supported by** ${supporting.length === actions.length ? 'every action of this statement' : `${supporting.length} of this statement's ${actions.length} actions`}: ${listed}${more}.`;
}

function keyMarkdown(catalog: Catalog, entry: ConditionKeyEntry): string | undefined {
  const key = resolveConditionKey(catalog, entry.name);
  if (!key) return undefined;
  const kind = key.scope === 'global' ? 'global condition key' : `${key.service} condition key`;
  const parts = [`**\`${key.name}\`** · ${key.type}${key.multivalued ? ' (multivalued: use ForAnyValue / ForAllValues)' : ''} · ${kind}`];
  if (key.variablePart !== undefined) parts.push(`Here \`${key.variablePart}\` stands for the placeholder of \`${key.name}\`.`);
  parts.push(key.description);
  if (key.presence) parts.push(`**When present:** ${key.presence}`);
  const support = supportingActions(catalog, entry.operator.statement, key);
  if (support) parts.push(support);
  return parts.join('\n\n');
}

function ipValueMarkdown(text: string): string | undefined {
  const parsed = parseIpBlock(text);
  if (!parsed.ok) return undefined;
  const { block } = parsed;
  const first = maskBytes(block.bytes, block.prefix);
  const last = first.map((b, i) => b | (0xff >> Math.max(0, Math.min(8, block.prefix - 8 * i))));
  const count = addressCount(block);
  const range = nonPublicRange(block);
  return [
    `**\`${text}\`** · IPv${block.version}, ${count} address${count === '1' ? '' : 'es'}: \`${formatAddress(block.version, first)}\` to \`${formatAddress(block.version, last)}\``,
    !range
      ? 'A public range.'
      : range.documentation
        ? `A ${range.name} range, reserved for examples: no real request comes from it. Replace it with your own range.`
        : `A ${range.name} range: it never appears as aws:SourceIp (use aws:VpcSourceIp for addresses inside a VPC).`,
  ].join('\n\n');
}

/** Hover on a `${...}` in a Resource, NotResource or Condition value: the key it stands for. */
function variableHover({ doc, catalog, cursor }: FeatureContext): Hover | undefined {
  const { node, statementPath: path } = cursor;
  if (!node || node.type !== 'string' || cursor.isKey || !path) return undefined;
  if (path[0] !== 'Resource' && path[0] !== 'NotResource' && path[0] !== 'Condition') return undefined;
  const text = node.value as string;
  const at = cursor.offset - node.offset - 1;
  const variable = findPolicyVariables(text).find((v) => at >= v.offset && at < v.offset + v.length);
  if (!variable?.key) return undefined;
  const key = resolveConditionKey(catalog, variable.key);
  const parts = [`**\`${text.slice(variable.offset, variable.offset + variable.length)}\`** · policy variable`];
  parts.push(`AWS replaces it with the request's value of \`${variable.key}\`${key ? ` (${key.type})` : ''}.`);
  if (key) {
    parts.push(key.description);
    if (key.presence) parts.push(`**When present:** ${key.presence}`);
  }
  parts.push(
    variable.defaultValue !== undefined
      ? `When the request has no value for it, AWS uses the default \`${variable.defaultValue}\`.`
      : 'When the request has no value for it, this entry does not match.',
  );
  return { contents: parts.join('\n\n'), range: rangeOf(doc, doc.writer.stringSpan(node, variable.offset, variable.length)) };
}

function rangeOf(doc: ParsedDocument, span: { offset: number; length: number }) {
  return doc.lines.range(span.offset, span.length);
}

function findOperator(statement: StatementView, name: unknown): ConditionOperatorEntry | undefined {
  return conditionOperators(statement).find((o) => o.name === name);
}

/** Hover on a Condition operator, a condition key, an IP value, or a policy variable. */
export function conditionHover(context: FeatureContext): Hover | undefined {
  const variable = variableHover(context);
  if (variable) return variable;
  const { doc, catalog, cursor } = context;
  const { node, statement, statementPath: path } = cursor;
  if (!node || !statement || !path || path[0] !== 'Condition' || path.length < 2) return undefined;
  const operator = findOperator(statement, path[1]);
  if (!operator) return undefined;
  const range = doc.lines.range(node.offset, node.length);
  if (path.length === 2 && cursor.isKey) {
    const contents = operatorMarkdown(operator.parsed);
    return contents ? { contents, range } : undefined;
  }
  const key = operator.keys.find((k) => k.name === path[2]);
  if (!key) return undefined;
  if (path.length === 3 && cursor.isKey) {
    const contents = keyMarkdown(catalog, key);
    return contents ? { contents, range } : undefined;
  }
  if (!cursor.isKey && node.type === 'string' && operator.parsed.info?.family === 'IpAddress') {
    const contents = ipValueMarkdown(node.value as string);
    return contents ? { contents, range } : undefined;
  }
  return undefined;
}
