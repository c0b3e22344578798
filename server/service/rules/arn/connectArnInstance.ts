import { parsedArns } from '../../arn/arnEntries';
import { isPlainPart, resourceSegments } from '../../arn/parseArn';
import { partReplacementEdits, partReport, replacementOf } from '../../arn/partReplacement';
import { connectSegments, knownInstance, UUID_ANY_CASE } from '../../connect/connectArn';
import type { Rule } from '../rule';

export const connectArnInstance: Rule = {
  meta: {
    id: 'connect-arn-instance',
    description: 'A Connect ARN lacks the instance/INSTANCE_ID segment that its resource sits under.',
    category: 'arn',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, options, report }) {
    const segments = connectSegments(catalog);
    for (const { node, arn } of parsedArns(doc)) {
      if (arn.service.text !== 'connect') continue;
      const [first] = resourceSegments(arn);
      if (!isPlainPart(first.text) || segments.topLevel.has(first.text)) continue;
      if (UUID_ANY_CASE.test(first.text)) {
        const message = `Connect ARNs name the instance as instance/${first.text}; without "instance/" this ARN matches nothing.`;
        report(partReport(doc, node, first.offset, first.text.length, message, `instance/${first.text}`));
      } else if (segments.underInstance.has(first.text)) {
        const instance = knownInstance(doc, options);
        const message = `Connect ${first.text} ARNs sit under an instance: ...:instance/INSTANCE_ID/${first.text}/...; without it this ARN matches nothing.`;
        const repaired = instance ? `instance/${instance.instanceId}/${first.text}` : undefined;
        report(partReport(doc, node, first.offset, first.text.length, message, repaired));
      }
    }
  },
  fix({ doc, diagnostic }) {
    const edits = partReplacementEdits(doc, diagnostic);
    return edits ? [{ title: `Change to "${replacementOf(diagnostic)}"`, edits, isPreferred: true }] : [];
  },
};
