import type { Rule } from '../rule';
import { describeKind } from './elements';

export const statementInvalid: Rule = {
  meta: {
    id: 'statement-invalid',
    description: 'A Statement that is neither a statement object nor an array of them, or an array entry that is not an object.',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      const value = policy.statementValue;
      if (!value || value.type === 'object') continue;
      if (value.type !== 'array') {
        report({
          node: value,
          message: `Statement must be a statement object or an array of them, not ${describeKind(value)}: AWS rejects the policy (MalformedPolicyDocument). Write "Statement": [{"Effect": ..., "Action": ..., "Resource": ...}].`,
        });
        continue;
      }
      for (const entry of value.children ?? []) {
        if (entry.type === 'object') continue;
        report({
          node: entry,
          message: `${describeKind(entry, true)} is not a statement: AWS rejects the policy (MalformedPolicyDocument). Each entry of the Statement array must be an object with Effect, Action and Resource.`,
        });
      }
    }
  },
};
