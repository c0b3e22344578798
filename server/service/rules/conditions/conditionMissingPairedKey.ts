import { conditionKeys } from '../../conditions/conditionBlock';
import { resolveConditionKey } from '../../conditions/keys';
import { statementsOf } from '../../conditions/walk';
import type { Rule } from '../rule';

/** Keys that are only as narrow as the key they should come with (Access Analyzer: Missing paired condition keys). */
const PAIRS: { key: string; partners: readonly string[]; why: string }[] = [
  {
    key: 'aws:VpcSourceIp',
    partners: ['aws:SourceVpc', 'aws:SourceVpce'],
    why: 'private addresses repeat across VPCs, so the address alone matches calls from any VPC, in any account, that uses the same range',
  },
];

export const conditionMissingPairedKey: Rule = {
  meta: {
    id: 'condition-missing-paired-key',
    description: 'aws:VpcSourceIp without aws:SourceVpc or aws:SourceVpce in the same Condition, which matches the address in any VPC.',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const statement of statementsOf(doc)) {
      const keys = conditionKeys(statement);
      if (keys.length === 0) continue;
      const names = new Set(keys.flatMap((k) => resolveConditionKey(catalog, k.name)?.name ?? []));
      for (const pair of PAIRS) {
        if (!names.has(pair.key) || pair.partners.some((p) => names.has(p))) continue;
        for (const key of keys) {
          if (resolveConditionKey(catalog, key.name)?.name !== pair.key) continue;
          report({
            node: key.keyNode,
            message: `${pair.key} without ${pair.partners.join(' or ')}: ${pair.why}. Add ${pair.partners[0]} with your VPC ID to this Condition.`,
          });
        }
      }
    }
  },
};
