import { arnEntries } from '../../arn/arnEntries';
import type { Rule } from '../rule';

export const arnTooFewParts: Rule = {
  meta: {
    id: 'arn-too-few-parts',
    description: 'An ARN has fewer than the six colon-separated parts arn:partition:service:region:account:resource.',
    category: 'arn',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const { node, text, parse } of arnEntries(doc)) {
      // A `*` may span colons ("arn:aws:connect:*"), so only a pattern without one is short for sure.
      if (parse.kind !== 'too-few-parts' || text.includes('*')) continue;
      report({
        node,
        message: `This ARN has ${parse.parts.length} colon-separated parts; ARNs have six (arn:partition:service:region:account:resource, region and account may be empty), so it matches nothing.`,
      });
    }
  },
};
