import type { ActionInfo, Catalog, ServiceInfo } from '../../catalog/catalog';
import { parseAction } from '../../rules/actions/actionEntries';
import { servicesMatching } from '../../rules/actions/matchingActions';
import { actionConditionKeyEntries } from '../../conditions/statementActions';
import { connectExampleArnSection } from '../../connect/exampleArnSection';
import type { FeatureContext, Hover } from '../types';

/**
 * Extra sections for the hover of a known action, each returning Markdown or undefined. Other areas
 * append here (the Connect rules add chat-specific advice) rather than writing a second action hover.
 */
export const ACTION_HOVER_SECTIONS: ((action: ActionInfo, service: ServiceInfo) => string | undefined)[] = [connectExampleArnSection];

/** How many matches a wildcard hover lists before it says how many more there are. */
export const MAX_LISTED_MATCHES = 25;

/** Hover on a string of Action or NotAction: the action from the Service Authorization Reference, or what a wildcard matches. */
export function actionHover({ doc, catalog, cursor }: FeatureContext): Hover | undefined {
  const { node, statementPath } = cursor;
  const element = statementPath?.[0];
  if (!node || node.type !== 'string' || cursor.isKey || (element !== 'Action' && element !== 'NotAction')) return undefined;
  const text = node.value as string;
  const body = hoverBody(catalog, text);
  if (body === undefined) return undefined;
  return { contents: `${body}\n\n---\n\n${footer(catalog)}`, range: doc.lines.range(node.offset, node.length) };
}

function hoverBody(catalog: Catalog, text: string): string | undefined {
  if (text === '*') return `\`*\`: every action of every AWS service (${catalog.servicePrefixes().length} services).`;
  const { prefix, name, prefixHasWildcard, nameHasWildcard } = parseAction(text);
  if (prefix === undefined || name === undefined) return undefined;
  if (prefixHasWildcard) return serviceWildcardBody(catalog, text, prefix);
  // The prefix is checked against the service list before any lookup.
  const service = catalog.hasService(prefix) ? catalog.service(prefix) : undefined;
  if (!service) return undefined;
  if (nameHasWildcard) return actionWildcardBody(service, text, name);
  const action = service.action(name);
  return action ? actionBody(catalog, service, action) : undefined;
}

function actionBody(catalog: Catalog, service: ServiceInfo, action: ActionInfo): string {
  const parts = [`**\`${service.prefix}:${action.name}\`** · ${action.accessLevel}`, action.description];
  // Advice on what to write (the Connect sections) leads, above the reference tables, where a short hover window shows it.
  for (const section of ACTION_HOVER_SECTIONS) {
    const extra = section(action, service);
    if (extra) parts.push(extra);
  }
  parts.push(resourceTypesSection(service, action));
  const keys = actionConditionKeyEntries(catalog, action);
  if (keys.length > 0) {
    const listed = keys.map((k) => `\`${k.name}\`${k.resourceType === undefined ? '' : ` (${k.resourceType})`}`);
    parts.push(`**Condition keys:** ${listed.join(', ')}`);
  }
  if (action.dependentActions.length > 0) {
    parts.push(`**Dependent actions** (also needed when AWS calls them for you): ${action.dependentActions.map((a) => `\`${a}\``).join(', ')}`);
  }
  parts.push(`[${service.name} in the Service Authorization Reference](${referenceUrl(service)})`);
  return parts.join('\n\n');
}

function resourceTypesSection(service: ServiceInfo, action: ActionInfo): string {
  if (action.resourceTypes.length === 0) {
    return '**Resource types:** none. The action is not authorized against a resource: use `"Resource": "*"`.';
  }
  const rows = action.resourceTypes.map(({ name, required }) => {
    const arns = service.resourceType(name)?.arnTemplates ?? [];
    return `| \`${name}\`${required ? ' *' : ''} | ${arns.length > 0 ? arns.map((arn) => `\`${arn}\``).join(' or ') : 'not listed'} |`;
  });
  const required = action.resourceTypes.some((r) => r.required) ? '\n\n\\* required: the request is authorized against it.' : '';
  return `**Resource types**\n\n| Resource type | ARN |\n| --- | --- |\n${rows.join('\n')}${required}`;
}

function actionWildcardBody(service: ServiceInfo, text: string, namePattern: string): string {
  const actions = service.actionsMatching(namePattern);
  if (actions.length === 0) return `\`${text}\` matches no action of ${service.name}.`;
  const listed = actions.slice(0, MAX_LISTED_MATCHES).map((action) => `- \`${service.prefix}:${action.name}\` · ${action.accessLevel}`);
  const more = actions.length > MAX_LISTED_MATCHES ? `\n\n… and ${actions.length - MAX_LISTED_MATCHES} more.` : '';
  const count = `${actions.length} action${actions.length === 1 ? '' : 's'}`;
  return `\`${text}\` matches **${count}** of ${service.name} (of ${service.actionNames.length}):\n\n${listed.join('\n')}${more}\n\n[${service.name} in the Service Authorization Reference](${referenceUrl(service)})`;
}

function serviceWildcardBody(catalog: Catalog, text: string, prefixPattern: string): string {
  const prefixes = servicesMatching(catalog, prefixPattern);
  if (prefixes.length === 0) return `\`${text}\` matches no AWS service.`;
  const listed = prefixes.slice(0, MAX_LISTED_MATCHES).map((p) => `- \`${p}\` · ${catalog.serviceName(p)}`);
  const more = prefixes.length > MAX_LISTED_MATCHES ? `\n\n… and ${prefixes.length - MAX_LISTED_MATCHES} more.` : '';
  return `\`${text}\` spans **${prefixes.length} service${prefixes.length === 1 ? '' : 's'}**:\n\n${listed.join('\n')}${more}`;
}

/** The reference page of a service, named after the service: "Amazon Connect" -> list_amazonconnect.html. */
export function referenceUrl(service: ServiceInfo): string {
  const page = service.name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `https://docs.aws.amazon.com/service-authorization/latest/reference/list_${page}.html`;
}

function footer(catalog: Catalog): string {
  return `_AWS Service Authorization Reference data of ${catalog.date}, from ${catalog.sourceName}._`;
}
