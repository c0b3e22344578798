import { parsedArns } from '../../arn/arnEntries';
import { isPlainPart, parseArn, resourceSegments } from '../../arn/parseArn';
import { partReplacementEdits, partReport, replacementOf } from '../../arn/partReplacement';
import { arnPlaceholders } from '../../arn/placeholders';
import { instanceOf, UUID, UUID_ANY_CASE } from '../../connect/connectArn';
import type { Rule } from '../rule';

export const connectArnInstanceId: Rule = {
  meta: {
    id: 'connect-arn-instance-id',
    description: 'A Connect ARN has an instance ID that is not a UUID, or a whole instance ARN pasted where the ID belongs.',
    category: 'arn',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const { node, arn } of parsedArns(doc)) {
      if (arn.service.text !== 'connect') continue;
      const segments = resourceSegments(arn);
      const id = segments[1];
      if (segments[0].text !== 'instance' || !id) continue;
      if (id.text.startsWith('arn:')) {
        // The resource part holds colons, so the pasted ARN starts at the ID and runs to the end.
        const pasted = parseArn(arn.resource.text.slice(id.offset - arn.resource.offset));
        const inner = pasted.kind === 'arn' ? instanceOf(pasted.arn) : undefined;
        const message = `A whole instance ARN is pasted where the instance ID belongs; AWS reads it literally, so this ARN matches nothing. Use only the ID${inner ? ` (${inner.instanceId})` : ''}.`;
        const repaired = inner && pasted.kind === 'arn' ? pasted.arn.text : undefined;
        report(partReport(doc, node, 0, arn.text.length, message, repaired));
        continue;
      }
      if (!isPlainPart(id.text) || UUID.test(id.text) || arnPlaceholders(arn).some((p) => p.offset === id.offset)) continue;
      if (UUID_ANY_CASE.test(id.text)) {
        const message = `Connect instance IDs are lower case and AWS compares ARNs case-sensitively, so "${id.text}" matches nothing.`;
        report(partReport(doc, node, id.offset, id.text.length, message, id.text.toLowerCase()));
      } else {
        const message = `"${id.text}" is not a Connect instance ID: instance IDs are UUIDs (the last part of the instance ARN, not the instance alias), so this ARN matches nothing.`;
        report(partReport(doc, node, id.offset, id.text.length, message));
      }
    }
  },
  fix({ doc, diagnostic }) {
    const edits = partReplacementEdits(doc, diagnostic);
    return edits ? [{ title: `Change to "${replacementOf(diagnostic)}"`, edits, isPreferred: true, safe: true }] : [];
  },
};
