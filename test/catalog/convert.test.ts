import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessLevelOf, convertCatalog, convertService } from '../../server/service/catalog/update/convert';
import { validateServiceDocument } from '../../server/service/catalog/update/serviceReference';
import { BUNDLED, CONNECT_DOCUMENT, NEW_SERVICE_DOCUMENT } from './serviceReferenceFixture';

void test('a Service Reference document becomes a catalog service, keeping the bundled descriptions and required marks', () => {
  const converted = convertService(validateServiceDocument(CONNECT_DOCUMENT, 'connect'), BUNDLED.service('connect'), 'Amazon Connect');
  assert.deepEqual(converted, {
    name: 'Amazon Connect',
    actions: {
      startchatcontact: ['StartChatContact', 'Grants permission to initiate a chat', 'Write', [['contact'], ['contact-flow', 1]], ['connect:InstanceId'], [], { contact: ['connect:Old'] }],
      tagresource: ['TagResource', 'Grants permission to tag', 'Tagging, Write', [['instance']], ['aws:RequestTag/${TagKey}', 'aws:TagKeys'], [], {}],
      listinstances: ['ListInstances', '', 'List', [], [], [], {}],
      startbrandnewthing: ['StartBrandNewThing', '', 'Write', [['instance']], [], ['wisdom:GetMessageTemplate'], { instance: ['connect:BrandNewKey'] }],
    },
    resourceTypes: {
      instance: [['arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}'], ['aws:ResourceTag/${TagKey}']],
      contact: [['arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact/${ContactId}'], ['aws:ResourceTag/${TagKey}']],
      'contact-flow': [['arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-flow/${ContactFlowId}'], []],
    },
    conditionKeys: {
      'connect:instanceid': ['connect:InstanceId', 'String', 'Filters access by instance'],
      'connect:brandnewkey': ['connect:BrandNewKey', 'ArrayOfString', ''],
    },
  });
});

void test('the catalog index takes names from the bundled data, the prefix for a new service, and keeps the global keys', () => {
  const docs = [validateServiceDocument(CONNECT_DOCUMENT, 'connect'), validateServiceDocument(NEW_SERVICE_DOCUMENT, 'brandnew')];
  const { index, services } = convertCatalog(docs, BUNDLED, 'AWS Service Reference http://x/', '2026-12-07');
  assert.deepEqual(index, {
    source: 'AWS Service Reference http://x/',
    date: '2026-12-07',
    services: { connect: 'Amazon Connect', brandnew: 'brandnew' },
    globalConditionKeys: [['aws:SourceIp', 'IPAddress', 'network']],
  });
  assert.deepEqual(services.brandnew.actions.getwidget, ['GetWidget', '', 'Read', [['widget']], [], [], {}]);
});

void test('access levels are spelled as in the bundled data', () => {
  const level = (p: Record<string, boolean>) => accessLevelOf({ Name: 'X', Annotations: { Properties: p } });
  assert.equal(level({ IsPermissionManagement: true, IsWrite: true }), 'Permissions management, Write');
  assert.equal(level({ IsTaggingOnly: true, IsWrite: true }), 'Tagging, Write');
  assert.equal(level({ IsWrite: true }), 'Write');
  assert.equal(level({ IsList: true }), 'List');
  assert.equal(level({}), 'Read');
});

void test('documents that are not the service asked for, or not the format, are refused with the reason', () => {
  assert.throws(() => validateServiceDocument(CONNECT_DOCUMENT, 's3'), /names "connect", not "s3"/);
  assert.throws(() => validateServiceDocument({ Name: 'connect' }, 'connect'), /no Actions list/);
  assert.throws(() => validateServiceDocument({ Name: 'connect', Actions: [{ Name: 'A', ActionConditionKeys: 'x' }] }, 'connect'), /ActionConditionKeys is not a list of strings/);
  assert.throws(() => validateServiceDocument([], 'connect'), /not a JSON object/);
});
