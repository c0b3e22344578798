import { candidateKeyNames, isCheckableKey, keyMatchesName, keyPrefixKind, patternStem, resolveConditionKey } from '../../conditions/keys';
import { GLOBAL_KEYS } from '../../conditions/globalKeys';
import { missingKeyEffect } from '../../conditions/missingKey';
import { actionConditionKeys, statementActions } from '../../conditions/statementActions';
import { knownKeysOf } from '../../conditions/walk';
import { didYouMean } from '../../text/didYouMean';
import { replacementFixes, keyReplacements } from '../replacementFix';
import type { Rule } from '../rule';

/** For a key written without a prefix ("SourceIp"), the global keys it may stand for ("aws:SourceIp"). */
function prefixedNames(name: string): string[] {
  const lower = `aws:${name.toLowerCase()}`;
  return GLOBAL_KEYS.filter((g) => g.name.toLowerCase() === lower).map((g) => g.name);
}

export const conditionKeyUnknown: Rule = {
  meta: {
    id: 'condition-key-unknown',
    description: 'A condition key that is neither a global key nor a key of the named service, or has no prefix or one no service has.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    for (const key of knownKeysOf(doc)) {
      if (!isCheckableKey(catalog, key.name) || resolveConditionKey(catalog, key.name)) continue;
      // A few keys are listed only under another service's actions (identitystore:GroupId under q:).
      const { actions } = statementActions(catalog, key.operator.statement);
      if (actions.some((a) => actionConditionKeys(catalog, a).some((name) => keyMatchesName(name, key.name)))) continue;
      const kind = keyPrefixKind(catalog, key.name);
      const candidates = kind === 'none' ? prefixedNames(key.name) : candidateKeyNames(catalog, key.name).filter((n) => patternStem(n) === undefined);
      const fixes = kind === 'none' ? candidates : didYouMean(key.name, candidates);
      const hint = fixes.length > 0 ? ` Did you mean ${fixes.map((f) => `"${f}"`).join(' or ')}?` : '';
      const what =
        kind === 'none'
          ? `"${key.name}" has no prefix: condition keys are written service:name (aws:SourceIp, connect:InstanceId)`
          : kind === 'unknown-service'
            ? `"${key.name}" names no AWS service ("${key.name.slice(0, key.name.indexOf(':'))}" is not a service prefix in the Service Authorization Reference of ${catalog.date})`
            : `"${key.name}" is not a condition key AWS knows (Service Authorization Reference of ${catalog.date})`;
      report({
        node: key.keyNode,
        message: `${what}: no request carries it, and then ${missingKeyEffect(key, 'its actions')}.${hint}`,
        // A prefix the reference does not list may be a service newer (or older) than the bundled data.
        severity: kind === 'unknown-service' ? 'warning' : undefined,
        data: keyReplacements(key.keyNode, fixes),
      });
    }
  },
  fix({ doc, diagnostic }) {
    return replacementFixes(doc, diagnostic, (r) => `Change to ${r}`);
  },
};
