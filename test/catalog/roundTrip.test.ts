import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawService } from '../../server/service/catalog/catalog';
import { bundledData } from '../../server/service/catalog/nodeCatalogSource';
import { convertCatalog } from '../../server/service/catalog/update/convert';
import { validateServiceDocument, type ServiceReferenceDocument } from '../../server/service/catalog/update/serviceReference';

/** The annotations that the converter reads back as this access level. */
function annotations(accessLevel: string) {
  const parts = accessLevel.split(', ');
  return {
    Properties: {
      IsPermissionManagement: parts.includes('Permissions management'),
      IsTaggingOnly: parts.includes('Tagging'),
      IsWrite: parts.includes('Write'),
      IsList: parts.includes('List'),
    },
  };
}

/** A bundled service written as a Service Reference document would carry it. */
function asServiceReference(prefix: string, service: RawService): ServiceReferenceDocument {
  return {
    Name: prefix,
    Actions: Object.values(service.actions).map(([name, , accessLevel, resourceTypes, conditionKeys, , resourceKeys]) => ({
      Name: name,
      ActionConditionKeys: conditionKeys,
      Annotations: annotations(accessLevel),
      Resources: resourceTypes.map(([rt]) => (resourceKeys?.[rt] ? { Name: rt, ConditionKeys: resourceKeys[rt] } : { Name: rt })),
    })),
    Resources: Object.entries(service.resourceTypes).map(([name, [arns, keys]]) => ({ Name: name, ARNFormats: arns, ConditionKeys: keys })),
    ConditionKeys: Object.values(service.conditionKeys).map(([name, type]) => ({ Name: name, Types: [type] })),
  };
}

const unique = (values: readonly string[]) => [...new Set(values)];

/** The bundled data lists a few condition keys twice on one action (s3:signatureversion); the conversion keeps each once. */
function withoutRepeats(service: RawService): RawService {
  const actions = Object.fromEntries(
    Object.entries(service.actions).map(([key, [name, description, level, rts, keys, dependents, rtKeys]]) => [
      key,
      [name, description, level, rts, unique(keys), unique(dependents), Object.fromEntries(Object.entries(rtKeys ?? {}).map(([rt, k]) => [rt, unique(k)]))],
    ]),
  ) as RawService['actions'];
  const resourceTypes = Object.fromEntries(Object.entries(service.resourceTypes).map(([name, [arns, keys]]) => [name, [unique(arns), unique(keys)]])) as RawService['resourceTypes'];
  return { ...service, actions, resourceTypes };
}

void test('every bundled service, written in the Service Reference format, converts back to itself', () => {
  const bundled = bundledData();
  const prefixes = Object.keys(bundled.index.services);
  const docs = prefixes.map((prefix) => validateServiceDocument(JSON.parse(JSON.stringify(asServiceReference(prefix, bundled.service(prefix)!))), prefix));
  const { index, services } = convertCatalog(docs, bundled, 'AWS Service Reference test', '2026-12-07');
  assert.deepEqual(index.services, bundled.index.services);
  for (const prefix of prefixes) assert.deepEqual(services[prefix], withoutRepeats(bundled.service(prefix)!), prefix);
});
