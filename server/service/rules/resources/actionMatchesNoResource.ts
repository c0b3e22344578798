import { actionResourceTypes, patternFitsType, type ActionResourceType } from '../../arn/resourceTypeMatch';
import { fillTemplate, instanceValues } from '../../arn/scopedArn';
import { resourceEntries, resourcesFullyKnown } from '../../arn/statementTargets';
import { knownInstance } from '../../connect/connectArn';
import { isAllow, policyGrantsType, statementAt } from '../../connect/statementFacts';
import { stringEntries } from '../../document/policyView';
import { hasWildcard } from '../../text/wildcard';
import type { Evidence, KnownAuthorization } from '../../arn/knownAuthorization';
import type { Rule } from '../rule';

const EVIDENCE: Record<Exclude<Evidence, 'aws-example'>, string> = { 'aws-documentation': 'AWS documents it', 'access-denied': 'AccessDenied messages name it' };

function knownMessage(action: string, known: KnownAuthorization): string {
  if (known.evidence === 'aws-example') {
    return `${action}: AWS documents a grant of it on ${known.grant} (${known.source}); no resource in this policy covers that grant, and the Service Authorization Reference lists no resource type for ${action}, so this policy probably does not allow it.`;
  }
  return `${action} is authorized against ${known.arnTemplates.join(' or ')} (not in the Service Authorization Reference; ${EVIDENCE[known.evidence]}: ${known.source}); no resource in this policy can match it, so AWS implicitly denies it.`;
}

function describe(types: ActionResourceType[]): string {
  return types.map((type) => `${type.name}${type.required ? ' (required)' : ''}`).join(', ');
}

export const actionMatchesNoResource: Rule = {
  meta: {
    id: 'action-matches-no-resource',
    description: 'An allowed action none of whose required resource types (or, without required ones, none of its types) a resource of the policy can match, so AWS implicitly denies it.',
    category: 'resource',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, options, report }) {
    for (const policy of doc.policies) {
      for (const statement of policy.statements) {
        if (!isAllow(statement) || !statement.action || !statement.resource || !resourcesFullyKnown(statement)) continue;
        const resources = resourceEntries(statement);
        for (const entry of stringEntries(statement.action)) {
          const action = entry.text === undefined ? undefined : catalog.action(entry.text);
          if (!action || hasWildcard(entry.text ?? '')) continue;
          const types = actionResourceTypes(catalog, action);
          if (types.length === 0) continue;
          // The reference marks alternatives "required" too (redshift-data:ListSchemas: a cluster or a
          // workgroup, whichever the call names), so only a grant of none of them is a sure denial.
          const required = types.filter((type) => type.required);
          const candidates = required.length > 0 ? required : types;
          const granted = (type: ActionResourceType) =>
            resources.some((r) => patternFitsType(r.pattern, type)) || policyGrantsType(catalog, policy, action, type.name);
          if (candidates.some(granted)) continue;
          const missing = candidates;
          const instance = action.service === 'connect' ? knownInstance(doc, options) : undefined;
          const suggested = missing.slice(0, 1)
            .map((type) => fillTemplate(type.arnTemplates[0], { Partition: 'aws', ...instanceValues(instance) }));
          const known = missing.every((type) => type.known) ? missing[0].known : undefined;
          // The reference's asterisk says which types a call must be authorized against; with none marked, it does
          // not say what AWS checks (wafv2:DisassociateWebACL lists only the associated resources, and AWS's own
          // policies grant it on web ACLs), so a grant of none of the listed types is likely, not surely, denied.
          const noneRequired = required.length === 0 && !known;
          report({
            node: entry.node,
            message: known
              ? knownMessage(entry.text ?? '', known)
              : noneRequired
                ? `${entry.text} is authorized against ${describe(types)}, none of them marked required in the Service Authorization Reference; no resource in this policy can match one of them, so AWS probably denies it.`
                : `${entry.text} is authorized against ${describe(types)}; no resource in this policy can match ${missing.map((t) => t.name).join(' or ')} (${missing[0].arnTemplates.join(' or ')}), so AWS implicitly denies it.`,
            data: { statementPath: statement.path, add: suggested },
            // What users saw AWS answer, or a documented grant that names no resource, is evidence, not a documented rule.
            severity: (known && known.evidence !== 'aws-documentation') || noneRequired ? 'warning' : undefined,
          });
        }
      }
    }
  },
  fix({ doc, diagnostic }) {
    const { statementPath, add } = (diagnostic.data ?? {}) as { statementPath?: (string | number)[]; add?: string[] };
    const statement = statementAt(doc, statementPath);
    if (!statement?.resource || !add?.length) return [];
    const edits = doc.writer.appendToList(statement.resource, [add[0]]);
    return edits.length ? [{ title: `Add resource ${add[0]}`, edits }] : [];
  },
};
