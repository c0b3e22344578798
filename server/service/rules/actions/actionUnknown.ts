import { isParticipantServiceAction } from '../../connect/participantActions';
import { didYouMean } from '../../text/didYouMean';
import { replacementFixes } from '../replacementFix';
import type { Rule } from '../rule';
import { actionEntries } from './actionEntries';
import { noMatchEffect } from './noMatchEffect';
import { stringPart } from './stringPart';

/** Said when nothing is close: then the action may be newer than the data, rather than a typo. */
const NEWER_THAN_DATA = ' If AWS added it after that date, update Connect IAM.';

export const actionUnknown: Rule = {
  meta: {
    id: 'action-unknown',
    description: 'An action that its service does not have (action names are compared case-insensitively).',
    category: 'action',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const entry of actionEntries(doc)) {
      const { prefix, name, text } = entry;
      if (prefix === undefined || name === undefined || text === undefined || entry.prefixHasWildcard || entry.nameHasWildcard) continue;
      const service = catalog.service(prefix);
      // Unknown services are action-unknown-service's; case differences are not findings.
      if (!service || service.action(name)) continue;
      if (isParticipantServiceAction(text)) continue;
      const suggestions = didYouMean(name, service.actionNames);
      const part = stringPart(doc, entry.node, prefix.length + 1, name.length);
      report({
        offset: part.offset,
        length: part.length,
        message: `"${name}" is not an action of ${service.name} in the Service Authorization Reference data of ${catalog.date}: ${noMatchEffect(entry.element)}.${
          suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''
        }${suggestions.length > 0 ? '' : NEWER_THAN_DATA}`,
        data: part.data(suggestions),
      });
    }
  },
  fix({ doc, diagnostic }) {
    // Never applied by fix-all, even with one suggestion: the catalog has a date, and an action AWS added since
    // (payments:GetPaymentPreferences, close to ListPaymentPreferences) would be rewritten into another one.
    return replacementFixes(doc, diagnostic, (replacement) => `Change the action to ${replacement}`, false);
  },
};
