import type { Catalog, ServiceInfo } from '../../catalog/catalog';
import type { Range } from '../../text/lineIndex';
import type { CompletionItem, FeatureContext } from '../types';
import { stringContentAt } from './stringContent';

/**
 * Inside a string of Action or NotAction: service prefixes before the colon (with the service name),
 * the service's actions after it (with description and access level).
 */
export function actionCompletion({ doc, catalog, cursor }: FeatureContext): CompletionItem[] {
  const { node, statementPath } = cursor;
  const element = statementPath?.[0];
  if (!node || cursor.isKey || (element !== 'Action' && element !== 'NotAction') || (statementPath?.length ?? 0) > 2) return [];
  const span = stringContentAt(doc, node, cursor.offset);
  if (!span) return [];
  const content = doc.text.slice(span.start, span.end);
  const colon = content.indexOf(':');
  if (colon < 0 || cursor.offset <= span.start + colon) {
    const prefixEnd = colon < 0 ? span.end : span.start + colon;
    return prefixItems(catalog, doc.lines.range(span.start, prefixEnd - span.start), colon < 0);
  }
  const prefix = content.slice(0, colon);
  // The prefix is checked against the service list before any lookup.
  const service = catalog.hasService(prefix) ? catalog.service(prefix) : undefined;
  if (!service) return [];
  const nameStart = span.start + colon + 1;
  return actionItems(service, doc.lines.range(nameStart, span.end - nameStart));
}

function prefixItems(catalog: Catalog, range: Range, addColon: boolean): CompletionItem[] {
  return catalog.servicePrefixes().map((prefix) => ({
    label: prefix,
    kind: 'module',
    detail: catalog.serviceName(prefix),
    textEdit: { range, newText: addColon ? `${prefix}:` : prefix },
    filterText: prefix,
  }));
}

function actionItems(service: ServiceInfo, range: Range): CompletionItem[] {
  const items: CompletionItem[] = service.actions().map((action) => ({
    label: action.name,
    kind: 'function',
    detail: action.accessLevel,
    documentation: `${action.description}\n\nAccess level: **${action.accessLevel}**`,
    textEdit: { range, newText: action.name },
  }));
  items.push({
    label: '*',
    kind: 'constant',
    detail: `Every action of ${service.name}`,
    documentation: `Matches all ${service.actionNames.length} actions of ${service.name}. Prefer the actions you need.`,
    textEdit: { range, newText: '*' },
    sortText: '~',
  });
  return items;
}
