import type { Node } from 'jsonc-parser';
import { replacementFixes, valueReplacements } from '../replacementFix';
import type { PolicyView } from '../../document/policyView';
import type { Rule } from '../rule';
import { literalStatements } from './elements';

export const sidDuplicate: Rule = {
  meta: {
    id: 'sid-duplicate',
    description: 'Two statements of one policy with the same Sid.',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      const sids = literalStatements(policy)
        .map((s) => s.sid)
        .filter((sid): sid is Node => sid?.type === 'string');
      const taken = new Set(sids.map((sid) => sid.value as string));
      const seen = new Set<string>();
      const nextSuffix = new Map<string, number>();
      for (const sid of sids) {
        const text = sid.value as string;
        if (!seen.has(text)) {
          seen.add(text);
          continue;
        }
        const unique = nextFree(text, taken, nextSuffix);
        taken.add(unique);
        const rejected = rejectsRepeatedSids(policy);
        report({
          node: sid,
          message: rejected
            ? `Sid "${text}" is already used in this policy: AWS rejects a policy whose statement IDs repeat. Give this statement its own Sid, such as "${unique}".`
            : `Sid "${text}" is already used in this policy. Resource-based policies accept repeated statement IDs, but a statement can then not be told apart by its Sid. Give this statement its own Sid, such as "${unique}".`,
          data: valueReplacements(sid, [unique]),
          severity: rejected ? undefined : 'warning',
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    // Which statement to rename, and to what, is the author's choice: offered, never applied in fix-all.
    return replacementFixes(doc, diagnostic, (replacement) => `Rename this Sid to ${replacement}`, false);
  },
};

/**
 * IAM rejects repeated Sids in the policies it stores itself: identity policies and role trust policies. The
 * resource-based policies of other services (S3 bucket, VPC endpoint, ...) accept them; Access Analyzer reports
 * "Unique Sids required" (ERROR) for the first and "Unique Sids recommended" (WARNING) for the others.
 */
function rejectsRepeatedSids(policy: PolicyView): boolean {
  return policy.kind === 'identity' || policy.holder === 'AssumeRolePolicyDocument';
}

/**
 * The first `${sid}N` not taken, N from 2. `nextSuffix` remembers where the search for each Sid stopped, so
 * 10,000 statements sharing one Sid cost linear time, not quadratic.
 */
function nextFree(sid: string, taken: ReadonlySet<string>, nextSuffix: Map<string, number>): string {
  let n = nextSuffix.get(sid) ?? 2;
  while (taken.has(`${sid}${n}`)) n++;
  nextSuffix.set(sid, n + 1);
  return `${sid}${n}`;
}
