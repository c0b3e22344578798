import { statementActions } from '../../arn/statementTargets';
import type { CompletionItem, FeatureContext } from '../types';
import { stringContentAt } from './stringContent';

/** A statement with service wildcards can name hundreds of resource types; the list stays readable. */
const MAX_ITEMS = 50;

/** Template variables and what to write for them when nothing better is known. */
const DEFAULTS: Record<string, string> = { Partition: 'aws' };

/**
 * Inside a string of Resource: the ARN templates of the resource types the statement's actions are
 * authorized against, as snippets whose placeholders are the template's parameters, filled from the
 * configured Connect instance ARN (partition, region, account, instance ID) where it has them.
 */
export function resourceCompletion({ doc, catalog, cursor, options }: FeatureContext): CompletionItem[] {
  const { node, statement, statementPath } = cursor;
  if (!node || cursor.isKey || !statement || statementPath?.[0] !== 'Resource' || statementPath.length > 2) return [];
  const span = stringContentAt(doc, node, cursor.offset);
  if (!span) return [];
  const range = doc.lines.range(span.start, span.end - span.start);
  const known = { ...DEFAULTS, ...instanceValues(options.connect.instanceArn) };
  const items = new Map<string, CompletionItem>();
  for (const entry of statementActions(catalog, statement).entries) {
    for (const action of entry.actions) {
      const service = catalog.service(action.service);
      for (const { name, required } of action.resourceTypes) {
        for (const template of service?.resourceType(name)?.arnTemplates ?? []) {
          if (items.has(template)) continue;
          items.set(template, {
            label: `${action.service}:${name}`,
            kind: 'value',
            detail: template,
            documentation: `The ARN of a ${name.replace(/-/g, ' ')} (${required ? 'required by' : 'used by'} ${action.service}:${action.name}). Tab through the parts to fill them in.`,
            textEdit: { range, newText: templateSnippet(template, known) },
            isSnippet: true,
            filterText: template,
            sortText: required ? '0' : '1',
          });
          if (items.size >= MAX_ITEMS) return [...items.values()];
        }
      }
    }
  }
  return [...items.values()];
}

/** `arn:${Partition}:connect:...` as a snippet: each `${Name}` becomes a numbered placeholder with its known value or its name. */
export function templateSnippet(template: string, known: Record<string, string>): string {
  let index = 0;
  return template.replace(/\$\{([A-Za-z0-9]+)\}/g, (_, name: string) => `\${${++index}:${escapeSnippet(known[name] ?? name)}}`);
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** The template values an Amazon Connect instance ARN gives: arn:<Partition>:connect:<Region>:<Account>:instance/<InstanceId>. */
function instanceValues(instanceArn: string | undefined): Record<string, string> {
  const match = instanceArn && /^arn:([^:]+):connect:([^:]+):(\d{12}):instance\/([^/]+)$/.exec(instanceArn);
  return match ? { Partition: match[1], Region: match[2], Account: match[3], InstanceId: match[4] } : {};
}
