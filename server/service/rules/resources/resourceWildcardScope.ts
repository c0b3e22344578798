import type { ActionInfo, Catalog } from '../../catalog/catalog';
import { actionResourceTypes, narrowestTypeNames, type ActionResourceType } from '../../arn/resourceTypeMatch';
import { fillTemplate, instanceArnTemplate, instanceValues } from '../../arn/scopedArn';
import { statementActions } from '../../arn/statementTargets';
import { knownInstance } from '../../connect/connectArn';
import { isAllow } from '../../connect/statementFacts';
import { stringEntries } from '../../document/policyView';
import { jsonString } from '../../text/edits';
import type { Rule } from '../rule';

function narrowestTypes(catalog: Catalog, action: ActionInfo): ActionResourceType[] {
  const names = narrowestTypeNames(action);
  return actionResourceTypes(catalog, action).filter((type) => names.includes(type.name));
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
    description: 'An Allow of Amazon Connect actions on "Resource": "*" where the actions support resource-level permissions.',
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
        const actions = entries.flatMap((entry) => (entry.text.includes('*') || entry.text.includes('?') ? [] : entry.actions));
        if (!complete || actions.length === 0 || actions.length !== entries.length) continue;
        if (!actions.every((action) => action.service === 'connect' && actionResourceTypes(catalog, action).length > 0)) continue;
        const types = [...new Map(actions.flatMap((action) => narrowestTypes(catalog, action)).map((type) => [type.name, type])).values()];
        const values = { Partition: 'aws', ...instanceValues(instance) };
        const arns = types.map((type) => fillTemplate(type.arnTemplate, values));
        const templates = types.map((type) => instanceArnTemplate(type) ?? fillTemplate(type.arnTemplate, values));
        const inArray = statement.resource?.type === 'array';
        report({
          node: star.node,
          message: `"Resource": "*" allows ${entries.map((e) => e.text).join(', ')} on every Connect instance in the account. These actions support resource-level permissions: scope them to ${types.map((t) => t.name).join(' and ')} ARNs of your instance.`,
          data: instance ? { replacement: jsonList(arns, inArray), arns } : { template: jsonList(templates, inArray) },
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    const data = (diagnostic.data ?? {}) as { replacement?: string; arns?: string[]; template?: string };
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
