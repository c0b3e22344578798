import { parsedArns } from '../../arn/arnEntries';
import { partReplacementEdits, partReport, replacementOf } from '../../arn/partReplacement';
import type { Rule } from '../rule';

export const arnServiceCase: Rule = {
  meta: {
    id: 'arn-service-case',
    description: "The ARN's service name is not in lower case.",
    category: 'arn',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const { node, arn } of parsedArns(doc)) {
      const { text, offset } = arn.service;
      const lower = text.toLowerCase();
      if (text === lower) continue;
      const message = `ARN service names are lower case: AWS compares ARNs case-sensitively, so "${text}" never matches "${lower}".`;
      report(partReport(doc, node, offset, text.length, message, lower));
    }
  },
  fix({ doc, diagnostic }) {
    const edits = partReplacementEdits(doc, diagnostic);
    const replacement = replacementOf(diagnostic);
    return edits ? [{ title: `Change the service to "${replacement}"`, edits, isPreferred: true, safe: true }] : [];
  },
};
