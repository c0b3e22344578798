import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptsResource, resourceTypesMatchedBy, resourceTypesOfArn } from '../../server/service/arn/resourceTypeMatch';
import { service } from '../helpers/service';
import { CONTACTS_ARN, FLOW_ARN, FLOWS_ARN, INSTANCE_ARN, INSTANCE_ID } from '../connect/fixtures';

const catalog = () => service().catalog;
const action = (name: string) => {
  const info = catalog().action(name);
  assert.ok(info, name);
  return info;
};
const matched = (name: string, pattern: string) => resourceTypesMatchedBy(catalog(), action(name), pattern).map((t) => t.name).sort();

void describe('resourceTypesMatchedBy', () => {
  void it('StartChatContact: contact-flow ARNs and patterns, never the bare instance', () => {
    assert.deepEqual(matched('connect:StartChatContact', FLOW_ARN), ['contact-flow']);
    assert.deepEqual(matched('connect:StartChatContact', FLOWS_ARN), ['contact-flow']);
    assert.deepEqual(matched('connect:StartChatContact', `arn:aws:connect:*:*:instance/${INSTANCE_ID}/*`), ['contact', 'contact-flow']);
    assert.deepEqual(matched('connect:StartChatContact', CONTACTS_ARN), ['contact']);
    assert.deepEqual(matched('connect:StartChatContact', INSTANCE_ARN), []);
    assert.deepEqual(matched('connect:StartChatContact', '*'), ['contact', 'contact-flow']);
  });
  void it('actions without resource types accept only what matches "*"', () => {
    assert.ok(acceptsResource(catalog(), action('connect:ListInstances'), '*'));
    assert.ok(!acceptsResource(catalog(), action('connect:ListInstances'), INSTANCE_ARN));
  });
  void it('names what an ARN is, from its own service', () => {
    assert.deepEqual(resourceTypesOfArn(catalog(), FLOW_ARN).map((t) => t.name).sort(), ['contact-flow', 'wildcard-contact-flow']);
    assert.deepEqual(resourceTypesOfArn(catalog(), 'arn:aws:s3:::bucket').map((t) => t.name), ['bucket']);
    assert.deepEqual(resourceTypesOfArn(catalog(), 'arn:aws:nosuchservice:::x'), []);
  });
});
