import { getNodeValue } from 'jsonc-parser';
import type { ActionInfo, Catalog } from '../../catalog/catalog';
import { appendStatement } from '../../arn/arrayEdits';
import type { ParsedDocument } from '../../document/parsedDocument';
import { actionResourceTypes, narrowestTypeNames, type ActionResourceType } from '../../arn/resourceTypeMatch';
import { fillTemplate, instanceArnTemplate, instanceValues } from '../../arn/scopedArn';
import { statementActions } from '../../arn/statementTargets';
import { knownInstance } from '../../connect/connectArn';
import { isAllow, statementAt } from '../../connect/statementFacts';
import { stringEntries } from '../../document/policyView';
import { jsonString, removeElements } from '../../text/edits';
import { hasWildcard } from '../../text/wildcard';
import type { Fix, Rule } from '../rule';

function narrowestTypes(catalog: Catalog, action: ActionInfo): ActionResourceType[] {
  const names = narrowestTypeNames(action);
  return actionResourceTypes(catalog, action).filter((type) => names.includes(type.name));
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

const one = (list: string[]) => (list.length === 1 ? list[0] : list);

/** Moves the scopable actions out of a "*" statement into a new statement on their scoped ARNs (its Condition kept). */
function moveFix(doc: ParsedDocument, move: string[], arns: string[], statementPath: unknown): Fix[] {
  const statement = statementAt(doc, statementPath);
  if (statement?.action?.type !== 'array') return [];
  const indexes = stringEntries(statement.action).flatMap((entry, i) => (entry.text !== undefined && move.includes(entry.text) ? [i] : []));
  const moved: Record<string, unknown> = { Effect: 'Allow', Action: one(move), Resource: one(arns) };
  if (statement.condition) moved.Condition = getNodeValue(statement.condition);
  return [
    {
      title: `Move ${move.join(', ')} to a statement scoped to ${arns.join(', ')}`,
      edits: [...removeElements(doc, statement.action, indexes), ...appendStatement(doc, statement.policy, moved)],
      isPreferred: true,
    },
  ];
}

/** JSON text for a list of ARN strings, as the replacement of one "*" entry (bare, or inside an array). */
function jsonList(arns: string[], inArray: boolean): string {
  const strings = arns.map(jsonString);
  if (inArray) return strings.join(', ');
  return strings.length === 1 ? strings[0] : `[${strings.join(', ')}]`;
}

export const resourceWildcardScope: Rule = {
  meta: {
    id: 'resource-wildcard-scope',
    description: 'An Allow of Amazon Connect actions on "Resource": "*" where they support resource-level permissions.',
    category: 'resource',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, options, report }) {
    const instance = knownInstance(doc, options);
    for (const policy of doc.policies) {
      for (const statement of policy.statements) {
        if (!isAllow(statement) || !statement.action) continue;
        // A condition on the instance ID already scopes the statement.
        const condition = statement.condition;
        if (condition && /connect:InstanceId/i.test(doc.text.slice(condition.offset, condition.offset + condition.length))) continue;
        const star = stringEntries(statement.resource).find((entry) => entry.text === '*');
        if (!star) continue;
        const { entries, complete } = statementActions(catalog, statement);
        const exact = entries.filter((entry) => !hasWildcard(entry.text));
        if (!complete || exact.length === 0 || exact.length !== entries.length) continue;
        if (!exact.every((entry) => entry.actions[0].service === 'connect')) continue;
        // Actions without resource types need the "*"; the others can be scoped.
        const [scopable, needStar] = partition(exact, (entry) => actionResourceTypes(catalog, entry.actions[0]).length > 0);
        if (scopable.length === 0) continue;
        const types = [...new Map(scopable.flatMap((entry) => narrowestTypes(catalog, entry.actions[0])).map((type) => [type.name, type])).values()];
        const values = { Partition: 'aws', ...instanceValues(instance) };
        const arns = types.flatMap((type) => type.arnTemplates.map((template) => fillTemplate(template, values)));
        const names = scopable.map((entry) => entry.text).join(', ');
        const scope = `${types.map((t) => t.name).join(' and ')} ARNs of your instance`;
        if (needStar.length > 0) {
          const canMove = instance && statement.action.type === 'array' && policy.statementValue?.type === 'array';
          report({
            node: star.node,
            message: `"Resource": "*" allows ${names} on every Connect instance in the account. They support resource-level permissions (unlike ${needStar.map((e) => e.text).join(', ')}, which needs "*"): move them to a statement scoped to ${scope}.`,
            data: canMove ? { move: scopable.map((entry) => entry.text), arns, statementPath: statement.path } : undefined,
          });
          continue;
        }
        const templates = types.flatMap((type) => instanceArnTemplate(type) ?? type.arnTemplates.map((template) => fillTemplate(template, values)));
        const inArray = statement.resource?.type === 'array';
        report({
          node: star.node,
          message: `"Resource": "*" allows ${names} on every Connect instance in the account. These actions support resource-level permissions: scope them to ${scope}.`,
          data: instance ? { replacement: jsonList(arns, inArray), arns } : { template: jsonList(templates, inArray) },
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    const data = (diagnostic.data ?? {}) as { replacement?: string; arns?: string[]; template?: string; move?: string[]; statementPath?: unknown };
    if (data.move && data.arns) return moveFix(doc, data.move, data.arns, data.statementPath);
    const start = doc.lines.offsetAt(diagnostic.range.start);
    const end = doc.lines.offsetAt(diagnostic.range.end);
    if (data.replacement && data.arns) {
      const edit = { range: diagnostic.range, newText: data.replacement };
      return [{ title: `Scope to ${data.arns.join(', ')}`, edits: [edit], isPreferred: true }];
    }
    if (!data.template || doc.text.slice(start, end) !== '"*"') return [];
    const title = 'Scope to a Connect instance ARN you enter…';
    return [
      {
        title,
        edits: [],
        command: { title, command: 'connectIam.askInstanceArn', arguments: [doc.input.uri, diagnostic.range, data.template] },
        isPreferred: true,
      },
    ];
  },
};
