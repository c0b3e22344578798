import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../server/service/catalog/nodeCatalogSource';
import { contextEntries } from '../../server/simulator/contextEntries';

void describe('simulator: context entry types', () => {
  void it('types each key as the catalog declares it, templates and SAML keys included', () => {
    const types = Object.fromEntries(
      contextEntries(
        {
          'aws:SourceIp': '203.0.113.7',
          'aws:PrincipalTag/team': 'chat',
          'aws:TagKeys': 'team',
          'aws:SecureTransport': 'true',
          'apigateway:Request/DisableExecuteApiEndpoint': 'true',
          'saml:cn': 'x',
          'example:Unknown': ['a', 'b'],
        },
        loadCatalog(),
      ).map((entry) => [entry.ContextKeyName, entry.ContextKeyType]),
    );
    assert.deepEqual(types, {
      'aws:SourceIp': 'ip',
      'aws:PrincipalTag/team': 'string',
      'aws:TagKeys': 'stringList',
      'aws:SecureTransport': 'boolean',
      'apigateway:Request/DisableExecuteApiEndpoint': 'boolean',
      'saml:cn': 'stringList',
      'example:Unknown': 'stringList',
    });
  });
});
