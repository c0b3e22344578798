import { resolveConditionKey } from '../../conditions/keys';
import { formatOperator } from '../../conditions/operators';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';
import { moveKeyData, moveKeyFixes } from './keyAt';

export const conditionMultivaluedMissingQualifier: Rule = {
  meta: {
    id: 'condition-multivalued-missing-qualifier',
    description: 'A multivalued condition key (aws:TagKeys, ArrayOf... types) compared without ForAnyValue: or ForAllValues:.',
    category: 'condition',
    // Access Analyzer reports "Missing qualifier" as an error, but AWS documents such tests matching a
    // request that holds a single value (EventBridge: StringEquals on events:source), so a warning.
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const key of knownKeysOf(doc)) {
      const { info, qualifier, ifExists } = key.operator.parsed;
      if (!info || qualifier || info.family === 'Null') continue;
      const resolved = resolveConditionKey(catalog, key.name);
      if (!resolved?.multivalued) continue;
      // "Any request value matches" for a positive test; "no request value matches" for a negated one.
      const suggested = formatOperator(info.name, ifExists, info.negated ? 'ForAllValues' : 'ForAnyValue');
      report({
        node: key.keyNode,
        message:
          `${resolved.name} can hold a list of values (${resolved.type}), and ${info.name} without a set qualifier compares a single value: ` +
          `a request with several values fails the test whatever they are. Use ${suggested} (${info.negated ? 'true when no value matches' : 'true when any value matches'}).`,
        data: moveKeyData(key, suggested),
      });
    }
  },
  fix({ doc, diagnostic }) {
    return moveKeyFixes(doc, diagnostic);
  },
};
