import { resolveConditionKey } from '../../conditions/keys';
import { formatOperator } from '../../conditions/operators';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';
import { moveKeyData, moveKeyFixes } from './keyAt';

export const conditionForAllValuesSingleValued: Rule = {
  meta: {
    id: 'condition-forallvalues-single-valued',
    description: 'ForAllValues on a single-valued condition key, which is also true when the key is absent.',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const key of knownKeysOf(doc)) {
      const parsed = key.operator.parsed;
      if (parsed.qualifier !== 'ForAllValues' || !parsed.info || parsed.info.family === 'Null') continue;
      const resolved = resolveConditionKey(catalog, key.name);
      if (!resolved || resolved.multivalued) continue;
      const effect = key.operator.statement.effect?.value;
      report({
        node: key.keyNode,
        message:
          `${resolved.name} has a single value, and ForAllValues is true when a request has no ${key.name} at all` +
          `${effect === 'Allow' || effect === 'Deny' ? `, so this ${effect} also applies to every request without it` : ''}. ` +
          `Use "${formatOperator(parsed.info.name, parsed.ifExists)}" without the qualifier.`,
        data: moveKeyData(key, formatOperator(parsed.info.name, parsed.ifExists)),
      });
    }
  },
  fix({ doc, diagnostic }) {
    return moveKeyFixes(doc, diagnostic, ' (no ForAllValues)');
  },
};
