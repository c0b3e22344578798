import { candidateKeyNames, isCheckableKey, keyMatchesName, patternStem, resolveConditionKey } from '../../conditions/keys';
import { actionConditionKeys, statementActions } from '../../conditions/statementActions';
import { knownKeysOf } from '../../conditions/walk';
import { jsonString } from '../../text/edits';
import { didYouMean } from '../../text/didYouMean';
import { replacementData, replacementFixes } from '../replacementFix';
import type { Rule } from '../rule';

export const conditionKeyUnknown: Rule = {
  meta: {
    id: 'condition-key-unknown',
    description: 'A condition key that is neither a global key nor a key of the named service.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    for (const key of knownKeysOf(doc)) {
      if (!isCheckableKey(catalog, key.name) || resolveConditionKey(catalog, key.name)) continue;
      // A few keys are listed only under another service's actions (identitystore:GroupId under q:).
      const { actions } = statementActions(catalog, key.operator.statement);
      if (actions.some((a) => actionConditionKeys(catalog, a).some((name) => keyMatchesName(name, key.name)))) continue;
      const candidates = candidateKeyNames(catalog, key.name).filter((n) => patternStem(n) === undefined);
      const fixes = didYouMean(key.name, candidates);
      const hint = fixes.length > 0 ? ` Did you mean ${fixes.map((f) => `"${f}"`).join(' or ')}?` : '';
      report({
        node: key.keyNode,
        message:
          `"${key.name}" is not a condition key AWS knows: no request ever carries it, so this test behaves as if the key were missing ` +
          `(a positive operator never matches).${hint}`,
        data: replacementData(fixes.map(jsonString)),
      });
    }
  },
  fix({ diagnostic }) {
    return replacementFixes(diagnostic, (r) => `Change to ${r}`);
  },
};
