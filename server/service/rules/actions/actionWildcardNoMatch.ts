import type { Rule } from '../rule';
import { actionEntries } from './actionEntries';
import { noMatchEffect } from './noMatchEffect';
import { servicesMatching } from './matchingActions';
import { stringPart } from './stringPart';

export const actionWildcardNoMatch: Rule = {
  meta: {
    id: 'action-wildcard-no-match',
    description: 'An action pattern with * or ? that matches no action of the AWS catalog.',
    category: 'action',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const entry of actionEntries(doc)) {
      const { prefix, name, text } = entry;
      if (prefix === undefined || name === undefined || text === undefined) continue;
      if (entry.prefixHasWildcard) {
        if (servicesMatching(catalog, prefix).length > 0) continue;
        const part = stringPart(doc, entry.node, 0, prefix.length);
        report({ offset: part.offset, length: part.length, message: `No service prefix in the Service Authorization Reference data of ${catalog.date} matches "${prefix}": ${noMatchEffect(entry.element)}.` });
        continue;
      }
      if (!entry.nameHasWildcard) continue;
      const service = catalog.service(prefix);
      if (!service || service.actionsMatching(name).length > 0) continue;
      const part = stringPart(doc, entry.node, prefix.length + 1, name.length);
      report({
        offset: part.offset,
        length: part.length,
        message: `No action of ${service.name} in the Service Authorization Reference data of ${catalog.date} matches "${name}": ${noMatchEffect(entry.element)}. Type "${service.prefix}:" to see its actions.`,
      });
    }
  },
};
