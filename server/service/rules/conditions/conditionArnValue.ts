import { parseArn } from '../../arn/parseArn';
import { hasPolicyVariable } from '../../conditions/policyVariables';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';

export const conditionArnValue: Rule = {
  meta: {
    id: 'condition-arn-value',
    description: 'A value of an Arn operator that is not an ARN (arn:partition:service:region:account:resource).',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const key of knownKeysOf(doc)) {
      const { info } = key.operator.parsed;
      if (info?.family !== 'Arn') continue;
      for (const value of key.values) {
        const text = value.text;
        if (text === undefined || text === '*' || hasPolicyVariable(text)) continue;
        const parsed = parseArn(text);
        if (parsed.kind === 'arn') continue;
        const what = parsed.kind === 'not-arn' ? 'does not start with "arn:"' : `has ${parsed.parts.length} of the 6 colon-separated parts`;
        report({
          node: value.node,
          message:
            `${JSON.stringify(text)} ${what}: ${info.name} compares ARNs part by part, so AWS never matches it. ` +
            'Write a full ARN such as arn:aws:connect:us-east-1:111122223333:instance/* (wildcards are allowed in each part).',
        });
      }
    }
  },
};
