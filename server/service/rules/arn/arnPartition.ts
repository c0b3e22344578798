import { parsedArns } from '../../arn/arnEntries';
import { isPlainPart } from '../../arn/parseArn';
import { partReplacementEdits, partReport, replacementOf } from '../../arn/partReplacement';
import { PARTITION_ALIASES, PARTITIONS, partitionById } from '../../arn/partitions';
import { arnPlaceholders } from '../../arn/placeholders';
import { closestMatch } from '../../text/similarity';
import type { Rule } from '../rule';

const PARTITION_IDS = PARTITIONS.map((p) => p.id);

export const arnPartition: Rule = {
  meta: {
    id: 'arn-partition',
    description: 'The ARN names a partition that does not exist (aws, aws-cn, aws-us-gov, aws-iso, ...).',
    category: 'arn',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const { node, arn } of parsedArns(doc)) {
      const { text, offset } = arn.partition;
      if (!isPlainPart(text) || partitionById(text)) continue;
      if (arnPlaceholders(arn).some((p) => p.offset === offset)) continue;
      const lower = text.toLowerCase();
      const suggestion = text === '' ? 'aws' : (partitionById(lower)?.id ?? PARTITION_ALIASES[lower] ?? closestMatch(text, PARTITION_IDS));
      const message =
        text === ''
          ? `The partition is empty; ARNs name one (aws for the commercial regions), so this matches nothing.`
          : `"${text}" is not an AWS partition (${PARTITION_IDS.join(', ')}), so this ARN matches nothing.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`;
      report(partReport(doc, node, offset, text.length, message, suggestion));
    }
  },
  fix({ doc, diagnostic }) {
    const edits = partReplacementEdits(doc, diagnostic);
    const replacement = replacementOf(diagnostic);
    return edits ? [{ title: `Change the partition to "${replacement}"`, edits, isPreferred: true }] : [];
  },
};
