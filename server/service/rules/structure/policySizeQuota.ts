import type { PolicyView } from '../../document/policyView';
import type { Rule } from '../rule';
import { quotaOf, type PolicyQuota } from './policyQuota';
import { policySize } from './policySize';

const count = (n: number) => n.toLocaleString('en-US');

export const policySizeQuota: Rule = {
  meta: {
    id: 'policy-size-quota',
    description: 'A policy longer than IAM allows where it sits (managed 6,144 characters; inline per role 10,240, user 2,048, group 5,120; whitespace not counted).',
    category: 'structure',
    defaultSeverity: 'warning',
  },
  check({ doc, report }) {
    // All inline policies of one CloudFormation role (user, group) count together.
    const shared = new Map<string, { quota: PolicyQuota; total: number; last: PolicyView; policies: number }>();
    for (const policy of doc.policies) {
      const quota = quotaOf(doc, policy);
      if (!quota) continue;
      const size = policySize(policy.node);
      const lowerBound = policy.cloudFormation !== undefined;
      if (size > quota.limit) {
        report({ offset: policy.node.offset, length: 1, message: overMessage(`This policy has ${lowerBound ? 'at least ' : ''}${count(size)} characters`, quota) });
        continue;
      }
      if (!quota.shared) continue;
      const key = JSON.stringify(policy.path.slice(0, 3));
      const group = shared.get(key) ?? { quota, total: 0, last: policy, policies: 0 };
      group.total += size;
      group.last = policy;
      group.policies++;
      shared.set(key, group);
    }
    for (const { quota, total, last, policies } of shared.values()) {
      if (policies < 2 || total <= quota.limit) continue;
      report({ offset: last.node.offset, length: 1, message: overMessage(`The ${policies} inline policies of this resource have at least ${count(total)} characters together`, quota) });
    }
  },
};

function overMessage(size: string, quota: PolicyQuota): string {
  return `${size} without whitespace, more than the ${count(quota.limit)} IAM allows for ${quota.what}: AWS rejects it with LimitExceeded. ${quota.advice}`;
}
