import { parsedArns } from '../../arn/arnEntries';
import { isPlainPart, resourceSegments, type ArnPart } from '../../arn/parseArn';
import { partReplacementEdits, partReport, replacementOf } from '../../arn/partReplacement';
import { arnPlaceholders } from '../../arn/placeholders';
import { connectSegments, SEGMENT_ALIASES, UUID_ANY_CASE } from '../../connect/connectArn';
import { closestMatch } from '../../text/similarity';
import { actionResourceTypes, patternFitsType } from '../../arn/resourceTypeMatch';
import { statementActions } from '../../arn/statementTargets';
import type { Catalog } from '../../catalog/catalog';
import type { StatementView } from '../../document/policyView';
import type { Rule } from '../rule';

function suggestion(segment: string, known: Set<string>): string | undefined {
  const alias = SEGMENT_ALIASES[segment.toLowerCase()];
  if (alias && known.has(alias)) return alias;
  return closestMatch(segment, known);
}

/** GetFederationToken is authorized against instance/ID/user/USER (see knownAuthorization): user/ is right there. */
function fitsKnownAuthorization(catalog: Catalog, statement: StatementView, pattern: string): boolean {
  return statementActions(catalog, statement).entries.some((entry) =>
    entry.actions.some((action) => actionResourceTypes(catalog, action).some((type) => type.known && patternFitsType(pattern, type))),
  );
}

export const connectArnSegment: Rule = {
  meta: {
    id: 'connect-arn-segment',
    description: 'A Connect ARN uses a path segment that Connect does not have (user/ is agent/, contact-flows/ is contact-flow/, ...).',
    category: 'arn',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    const { topLevel, underInstance } = connectSegments(catalog);
    for (const { node, arn, statement, text } of parsedArns(doc)) {
      if (arn.service.text !== 'connect' || fitsKnownAuthorization(catalog, statement, text)) continue;
      const segments = resourceSegments(arn);
      const placeholders = arnPlaceholders(arn);
      const check = (segment: ArnPart | undefined, known: Set<string>) => {
        if (!segment || !isPlainPart(segment.text) || known.has(segment.text) || placeholders.some((p) => p.offset === segment.offset)) return;
        const fix = suggestion(segment.text, known);
        const message = `Connect ARNs have no "${segment.text}/" segment, so this ARN matches nothing.${fix ? ` The segment is "${fix}/".` : ` Known segments: ${[...known].sort().join(', ')}.`}`;
        const finding = partReport(doc, node, segment.offset, segment.text.length, message, fix);
        // A known alias (user/ for agent/) has one right answer; a typo guess does not.
        report({ ...finding, data: { ...finding.data, alias: fix !== undefined && SEGMENT_ALIASES[segment.text.toLowerCase()] === fix } });
      };
      const first = segments[0];
      // A UUID or a segment that belongs under an instance is the missing-instance case (connect-arn-instance).
      if (UUID_ANY_CASE.test(first.text) || underInstance.has(first.text)) continue;
      check(first, topLevel);
      if (first.text === 'instance' && !segments[1]?.text.startsWith('arn:')) check(segments[2], underInstance);
    }
  },
  fix({ doc, diagnostic }) {
    const edits = partReplacementEdits(doc, diagnostic);
    const safe = diagnostic.data?.alias === true;
    return edits ? [{ title: `Change the segment to "${replacementOf(diagnostic)}"`, edits, isPreferred: true, safe }] : [];
  },
};
