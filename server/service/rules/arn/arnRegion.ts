import { parsedArns } from '../../arn/arnEntries';
import { isPlainPart } from '../../arn/parseArn';
import { partReplacementEdits, partReport, replacementOf } from '../../arn/partReplacement';
import { ALL_REGIONS, partitionById, partitionOfRegion } from '../../arn/partitions';
import { arnPlaceholders } from '../../arn/placeholders';
import { arnShape } from '../../arn/serviceArnShape';
import { closestMatch } from '../../text/similarity';
import type { Rule } from '../rule';

export const arnRegion: Rule = {
  meta: {
    id: 'arn-region',
    description: "The ARN's region does not exist, belongs to another partition, or is set (or empty) where the service says otherwise.",
    category: 'arn',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    for (const { node, arn } of parsedArns(doc)) {
      const { text, offset } = arn.region;
      if (!isPlainPart(text) || arnPlaceholders(arn).some((p) => p.offset === offset)) continue;
      const service = arn.service.text;
      const shape = arnShape(catalog, arn);
      const at = (message: string, replacement?: string, severity?: 'warning') =>
        report({ ...partReport(doc, node, offset, text.length, message, replacement), severity });
      if (text === '') {
        if (shape && !shape.regionEmpty) at(`${shape.label} ARNs include a region (such as us-east-1); with the region empty this ARN matches nothing.`);
        continue;
      }
      if (shape && !shape.regionPresent) {
        at(`${shape.label} ARNs have no region: leave it empty (arn:${arn.partition.text}:${service}::...), or this ARN matches nothing.`, '');
        continue;
      }
      const home = partitionOfRegion(text);
      const partition = partitionById(arn.partition.text);
      if (!home) {
        const suggestion = closestMatch(text, ALL_REGIONS);
        at(`"${text}" is not an AWS region, so this ARN matches nothing.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`, suggestion);
      } else if (partition && home.id !== partition.id) {
        at(`Region ${text} is in partition ${home.id}, not ${partition.id}; no ARN has both, so this matches nothing.`);
      } else if (!home.regions.includes(text)) {
        at(`"${text}" is not a region we know in partition ${home.id} (it may be newer than this extension's data); check the name.`, undefined, 'warning');
      }
    }
  },
  fix({ doc, diagnostic }) {
    const edits = partReplacementEdits(doc, diagnostic);
    const replacement = replacementOf(diagnostic);
    if (!edits) return [];
    return [{ title: replacement === '' ? 'Remove the region' : `Change the region to "${replacement}"`, edits, isPreferred: true }];
  },
};
