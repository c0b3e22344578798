import type { Catalog, ServiceInfo } from '../../catalog/catalog';
import { keyMatchesName, resolveConditionKey } from '../../conditions/keys';
import { missingKeyEffect } from '../../conditions/missingKey';
import { actionConditionKeys, statementActions } from '../../conditions/statementActions';
import { knownKeysOf } from '../../conditions/walk';
import type { Rule } from '../rule';

const RESOURCE_TAG = 'aws:ResourceTag/${TagKey}';

const support = new WeakMap<ServiceInfo, boolean>();

/** True when some action of the service, or one of its resource types, lists aws:ResourceTag. */
function serviceSupportsResourceTag(catalog: Catalog, service: ServiceInfo, written: string): boolean {
  let known = support.get(service);
  if (known === undefined) {
    known =
      service.actions().some((action) => actionConditionKeys(catalog, action).some((name) => keyMatchesName(name, written))) ||
      service.resourceTypes().some((rt) => rt.conditionKeys.some((name) => keyMatchesName(name, written)));
    support.set(service, known);
  }
  return known;
}

export const conditionResourceTagUnsupportedByService: Rule = {
  meta: {
    id: 'condition-resourcetag-unsupported-by-service',
    description: 'aws:ResourceTag/... on actions of a service that supports it for none of its actions or resources, so the test never sees the tag.',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const key of knownKeysOf(doc)) {
      if (resolveConditionKey(catalog, key.name)?.name !== RESOURCE_TAG) continue;
      const statement = key.operator.statement;
      const prefixes = [...new Set(statementActions(catalog, statement).actions.map((a) => a.service))];
      const unsupported = prefixes.filter((prefix) => {
        const service = catalog.service(prefix);
        return service !== undefined && !serviceSupportsResourceTag(catalog, service, key.name);
      });
      if (unsupported.length === 0) continue;
      const deny = statement.effect?.value === 'Deny';
      const services = unsupported.join(', ');
      report({
        node: key.keyNode,
        message:
          `${services} ${unsupported.length === 1 ? 'supports' : 'support'} aws:ResourceTag for none of ${unsupported.length === 1 ? 'its' : 'their'} actions (Service Authorization Reference of ${catalog.date}): ` +
          `AWS leaves the key out of their requests, and then ${missingKeyEffect(key, 'them')}. Move the ${services} actions to a statement without this key` +
          `${deny ? ', and control them by resource ARN' : ''}.`,
        // Access Analyzer: a security warning for Deny (the actions stay allowed), a suggestion for Allow (it grants nothing).
        severity: deny ? undefined : 'information',
      });
    }
  },
};
