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
    const shared = new Map<string, { quota: PolicyQuota; members: PolicyView[]; rawTotal: number }>();
    for (const policy of doc.policies) {
      const quota = quotaOf(doc, policy);
      if (!quota) continue;
      // The text as written is never shorter than IAM's count (no whitespace, no escape shorter than what it
      // stands for), so a policy whose text fits needs no count: nearly every policy, at no cost.
      if (policy.node.length > quota.limit) {
        const size = policySize(policy.node);
        if (size > quota.limit) {
          const lowerBound = policy.cloudFormation !== undefined;
          report({ offset: policy.node.offset, length: 1, message: overMessage(`This policy has ${lowerBound ? 'at least ' : ''}${count(size)} characters`, quota) });
          continue;
        }
      }
      if (!quota.shared) continue;
      const key = JSON.stringify(policy.path.slice(0, 3));
      const group = shared.get(key) ?? { quota, members: [], rawTotal: 0 };
      group.members.push(policy);
      group.rawTotal += policy.node.length;
      shared.set(key, group);
    }
    for (const { quota, members, rawTotal } of shared.values()) {
      if (members.length < 2 || rawTotal <= quota.limit) continue;
      const total = members.reduce((sum, policy) => sum + policySize(policy.node), 0);
      if (total <= quota.limit) continue;
      const last = members[members.length - 1];
      report({ offset: last.node.offset, length: 1, message: overMessage(`The ${members.length} inline policies of this resource have at least ${count(total)} characters together`, quota) });
    }
  },
};

function overMessage(size: string, quota: PolicyQuota): string {
  return `${size} without whitespace, more than the ${count(quota.limit)} IAM allows for ${quota.what}: AWS rejects it with LimitExceeded. ${quota.advice}`;
}
