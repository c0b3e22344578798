import type { Rule } from '../rule';

export const statementMissing: Rule = {
  meta: {
    id: 'statement-missing',
    description: 'A document treated as a policy that has no Statement element.',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    // Policies are found by their Statement, so only a document forced to be a policy (by the
    // connectIam.files setting) can lack one.
    for (const policy of doc.policies) {
      if (policy.properties.has('Statement')) continue;
      report({
        offset: policy.node.offset,
        length: 1,
        message: 'The policy has no Statement: AWS rejects it. Add "Statement": [ ... ] with at least one statement.',
      });
    }
  },
};
