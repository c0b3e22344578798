import type { ActionInfo, Catalog } from '../../catalog/catalog';
import { isActionScoped, keyMatchesName, resolveConditionKey } from '../../conditions/keys';
import { holdsWhenMissing, missingKeyEffect } from '../../conditions/missingKey';
import { formatOperator } from '../../conditions/operators';
import { actionConditionKeys, statementActions } from '../../conditions/statementActions';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';

function supports(catalog: Catalog, action: ActionInfo, key: string): boolean {
  return actionConditionKeys(catalog, action).some((name) => keyMatchesName(name, key));
}

const MAX_NAMED = 3;

export const conditionKeyUnsupportedByActions: Rule = {
  meta: {
    id: 'condition-key-unsupported-by-actions',
    description: 'A service condition key (or aws:RequestTag / aws:TagKeys) that an action of the statement does not support.',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const key of knownKeysOf(doc)) {
      const resolved = resolveConditionKey(catalog, key.name);
      // Most global keys apply to every action; federation keys (saml:, accounts.google.com:) belong to trust policies.
      if (!resolved || !isActionScoped(resolved) || (resolved.service === 'sts' && !key.name.toLowerCase().startsWith('sts:'))) continue;
      const { actions, named, complete } = statementActions(catalog, key.operator.statement);
      const shown = resolved.variablePart === undefined ? resolved.name : key.name;
      if (actions.some((a) => supports(catalog, a, key.name))) {
        // Access Analyzer's "Unsupported action for condition key": each named action that does not
        // support the key, when the test fails without the key, so the statement never applies to it.
        // A test that holds without it (IfExists, ForAllValues, Not operators, Null "true") only leaves
        // those actions unrestricted by the key, usually on purpose (aws:TagKeys beside read actions).
        // Actions named with a wildcard are left alone, as Access Analyzer does.
        if (holdsWhenMissing(key)) continue;
        const { info, qualifier } = key.operator.parsed;
        for (const action of named.filter((a) => !supports(catalog, a, key.name))) {
          report({
            node: key.keyNode,
            message:
              `${action.service}:${action.name} does not support ${shown} (Service Authorization Reference of ${catalog.date}): AWS leaves the key out of its requests, and then ${missingKeyEffect(key, 'it')}. ` +
              `Move the action to a statement without this key${info && info.family !== 'Null' ? `, or use ${formatOperator(info.name, true, qualifier)}` : ''}.`,
          });
        }
        continue;
      }
      if (!complete || actions.length === 0) continue;
      const listed = actions.slice(0, MAX_NAMED).map((a) => `${a.service}:${a.name}`).join(', ');
      const more = actions.length > MAX_NAMED ? ` and ${actions.length - MAX_NAMED} more` : '';
      report({
        node: key.keyNode,
        message:
          `No action of this statement (${listed}${more}) supports ${shown} (Service Authorization Reference of ${catalog.date}): AWS never puts it in their requests, and then ${missingKeyEffect(key, 'them')}.`,
      });
    }
  },
};
