import { resolveConditionKey } from '../../conditions/keys';
import { formatOperator } from '../../conditions/operators';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';
import { moveKeyData, moveKeyFixes } from './keyAt';

const MFA_PRESENT = 'aws:MultiFactorAuthPresent';

export const conditionMfaPresentFalse: Rule = {
  meta: {
    id: 'condition-mfa-present-false',
    description: 'Bool aws:MultiFactorAuthPresent "false" without IfExists: requests with long-term access keys lack the key, so the test never matches them.',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const key of knownKeysOf(doc)) {
      const { info, ifExists, qualifier } = key.operator.parsed;
      if (info?.name !== 'Bool' || ifExists || qualifier) continue;
      if (resolveConditionKey(catalog, key.name)?.name !== MFA_PRESENT) continue;
      const values = key.values.map((v) => v.text?.toLowerCase());
      if (!values.includes('false') || values.includes('true')) continue;
      const deny = key.operator.statement.effect?.value === 'Deny';
      const replacement = formatOperator('Bool', true);
      report({
        node: key.keyNode,
        message:
          `AWS puts aws:MultiFactorAuthPresent only in requests signed with temporary credentials; requests with an IAM user's long-term access keys lack it, so Bool "false" never matches them` +
          (deny ? ': this Deny does not stop access keys without MFA.' : ': this Allow does not cover them.') +
          ` Use ${replacement}, which is also true when the key is missing.`,
        data: moveKeyData(key, replacement),
      });
    }
  },
  fix({ doc, diagnostic }) {
    return moveKeyFixes(doc, diagnostic);
  },
};
