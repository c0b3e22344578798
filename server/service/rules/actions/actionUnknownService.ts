import { isParticipantServiceAction } from '../../connect/participantActions';
import { didYouMean } from '../../text/didYouMean';
import { replacementFixes } from '../replacementFix';
import type { Rule } from '../rule';
import { actionEntries } from './actionEntries';
import { noMatchEffect } from './noMatchEffect';
import { stringPart } from './stringPart';

/** Said when nothing is close: a retired service (DeepLens, Sumerian, ...) or one newer than the data. */
const NEWER_OR_RETIRED = ' A retired service no longer has actions; a service launched since needs an updated Connect IAM.';

export const actionUnknownService: Rule = {
  meta: {
    id: 'action-unknown-service',
    description: 'An action whose service prefix is not an AWS service.',
    category: 'action',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const entry of actionEntries(doc)) {
      const { prefix, text } = entry;
      if (prefix === undefined || text === undefined || entry.prefixHasWildcard) continue;
      // The prefix is checked against the service list before anything is looked up.
      if (catalog.hasService(prefix)) continue;
      // Participant Service names are explained by the Connect rules.
      if (isParticipantServiceAction(text)) continue;
      const suggestions = didYouMean(prefix, catalog.servicePrefixes());
      const part = stringPart(doc, entry.node, 0, prefix.length);
      report({
        offset: part.offset,
        length: part.length,
        message: `"${prefix}" is not a service prefix in the Service Authorization Reference data of ${catalog.date}: ${noMatchEffect(entry.element)}.${
          suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}" (${catalog.serviceName(s)})`).join(' or ')}?` : ''
        }${suggestions.length > 0 ? '' : NEWER_OR_RETIRED}`,
        data: part.data(suggestions),
      });
    }
  },
  fix({ doc, diagnostic }) {
    return replacementFixes(doc, diagnostic, (replacement) => `Change the service to ${replacement}`);
  },
};
