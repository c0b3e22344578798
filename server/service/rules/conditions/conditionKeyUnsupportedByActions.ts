import { isActionScoped, keyMatchesName, resolveConditionKey } from '../../conditions/keys';
import { actionConditionKeys, statementActions } from '../../conditions/statementActions';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';

const MAX_NAMED = 3;

export const conditionKeyUnsupportedByActions: Rule = {
  meta: {
    id: 'condition-key-unsupported-by-actions',
    description: 'A service condition key (or aws:RequestTag / aws:TagKeys) that none of the statement\'s actions supports.',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const key of knownKeysOf(doc)) {
      const resolved = resolveConditionKey(catalog, key.name);
      // Most global keys apply to every action; federation keys (saml:, accounts.google.com:) belong to trust policies.
      if (!resolved || !isActionScoped(resolved) || (resolved.service === 'sts' && !key.name.toLowerCase().startsWith('sts:'))) continue;
      const { actions, complete } = statementActions(catalog, key.operator.statement);
      if (!complete || actions.length === 0) continue;
      if (actions.some((a) => actionConditionKeys(catalog, a).some((name) => keyMatchesName(name, key.name)))) continue;
      const named = actions.slice(0, MAX_NAMED).map((a) => `${a.service}:${a.name}`).join(', ');
      const more = actions.length > MAX_NAMED ? ` and ${actions.length - MAX_NAMED} more` : '';
      report({
        node: key.keyNode,
        message:
          `No action of this statement (${named}${more}) supports ${resolved.variablePart === undefined ? resolved.name : key.name}: AWS never puts it in their requests, ` +
          'so this test behaves as if the key were missing (a positive operator never matches).',
      });
    }
  },
};
