import { getNodeValue } from 'jsonc-parser';
import type { ActionInfo, Catalog } from '../../catalog/catalog';
import type { ParsedDocument } from '../../document/parsedDocument';
import { actionResourceTypes, narrowestTypeNames, type ActionResourceType } from '../../arn/resourceTypeMatch';
import { fillTemplate, instanceArnTemplate, instanceValues } from '../../arn/scopedArn';
import { statementActions } from '../../arn/statementTargets';
import { knownInstance } from '../../connect/connectArn';
import { isAllow, statementAt } from '../../connect/statementFacts';
import { stringEntries } from '../../document/policyView';
import { hasWildcard } from '../../text/wildcard';
import { nodeFromData, pathOf } from '../fixTarget';
import type { Fix, Rule } from '../rule';

function narrowestTypes(catalog: Catalog, action: ActionInfo): ActionResourceType[] {
  const names = narrowestTypeNames(action);
  return actionResourceTypes(catalog, action).filter((type) => names.includes(type.name));
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** A list of strings from diagnostic data (checked: it comes back through the client), or undefined. */
function stringsOf(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string') ? value : undefined;
}

const one = (list: string[]) => (list.length === 1 ? list[0] : list);

/** Moves the scopable actions out of a "*" statement into a new statement on their scoped ARNs (its Condition kept). */
function moveFix(doc: ParsedDocument, move: string[], arns: string[], statementPath: unknown): Fix[] {
  const statement = statementAt(doc, statementPath);
  const statements = statement?.policy.statementValue;
  if (statement?.action?.type !== 'array' || statements?.type !== 'array') return [];
  const indexes = stringEntries(statement.action).flatMap((entry, i) => (entry.text !== undefined && move.includes(entry.text) ? [i] : []));
  const moved: Record<string, unknown> = { Effect: 'Allow', Action: one(move), Resource: one(arns) };
  if (statement.condition) moved.Condition = getNodeValue(statement.condition);
  return [
    {
      title: `Move ${move.join(', ')} to a statement scoped to ${arns.join(', ')}`,
      edits: [...doc.writer.removeListItems(statement.action, indexes), ...doc.writer.appendToList(statements, [moved])],
      isPreferred: true,
    },
  ];
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
        report({
          node: star.node,
          message: `"Resource": "*" allows ${names} on every Connect instance in the account. These actions support resource-level permissions: scope them to ${scope}.`,
          data: { path: pathOf(star.node), ...(instance ? { arns } : { templates }) },
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    const data = diagnostic.data ?? {};
    const arns = stringsOf(data.arns);
    const move = stringsOf(data.move);
    if (move && arns) return moveFix(doc, move, arns, data.statementPath);
    const star = nodeFromData(doc, data);
    if (star?.value !== '*') return [];
    if (arns) return [{ title: `Scope to ${arns.join(', ')}`, edits: doc.writer.replaceListItem(star, arns), isPreferred: true }];
    const templates = stringsOf(data.templates);
    // The client fills the instance ARN into the edit's text; it has to be one edit.
    const edits = templates ? doc.writer.replaceListItem(star, templates) : [];
    if (edits.length !== 1) return [];
    const title = 'Scope to a Connect instance ARN you enter…';
    return [
      {
        title,
        edits: [],
        command: { title, command: 'connectIam.askInstanceArn', arguments: [doc.input.uri, edits[0].range, edits[0].newText] },
        isPreferred: true,
      },
    ];
  },
};
