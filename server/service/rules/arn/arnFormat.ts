import { arnEntries } from '../../arn/arnEntries';
import { parseArn } from '../../arn/parseArn';
import { partReplacementEdits, partReport, replacementOf } from '../../arn/partReplacement';
import type { Rule } from '../rule';

export const arnFormat: Rule = {
  meta: {
    id: 'arn-format',
    description: 'A Resource entry is neither "*" nor an ARN (arn:partition:service:region:account:resource).',
    category: 'arn',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const { node, text, parse } of arnEntries(doc)) {
      if (parse.kind !== 'not-arn') continue;
      const trimmed = text.trim();
      const whole = (message: string, replacement?: string) => report(partReport(doc, node, 0, text.length, message, replacement));
      if (trimmed !== text && (trimmed === '*' || parseArn(trimmed).kind !== 'not-arn')) {
        whole(`"${text}" has spaces around it; AWS compares ARNs exactly, so it matches nothing. Remove the spaces.`, trimmed);
      } else if (/^arn:/i.test(text)) {
        whole(`ARNs start with lower-case "arn:", not "${text.slice(0, 4)}"; AWS compares ARNs case-sensitively, so this matches nothing.`, `arn:${text.slice(4)}`);
      } else {
        whole(`"${text}" is not an ARN: a Resource entry is "*" or arn:partition:service:region:account:resource, so it never matches a resource.`);
      }
    }
  },
  fix({ doc, diagnostic }) {
    const edits = partReplacementEdits(doc, diagnostic);
    const replacement = replacementOf(diagnostic);
    return edits ? [{ title: `Change to "${replacement}"`, edits, isPreferred: true, safe: true }] : [];
  },
};
