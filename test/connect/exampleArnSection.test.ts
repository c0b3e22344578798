import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { connectExampleArnSection } from '../../server/service/connect/exampleArnSection';
import { service } from '../helpers/service';

const connect = () => {
  const info = service().catalog.service('connect');
  assert.ok(info);
  return info;
};
const section = (name: string) => {
  const action = connect().action(name);
  assert.ok(action);
  return connectExampleArnSection(action, connect());
};

void describe('Connect example ARN in action hovers', () => {
  void it('StartChatContact: the contact-flow ARN, and why not the instance', () => {
    assert.equal(
      section('StartChatContact'),
      '**Scope it like this:** `"Resource": "arn:aws:connect:us-east-1:111122223333:instance/<instance-id>/contact-flow/*"`. Use the flow ID instead of `*` to allow one contact flow; the bare instance ARN does not match and is denied.',
    );
  });
  void it('StartOutboundChatContact: both required types, and its dependent actions', () => {
    const text = section('StartOutboundChatContact') ?? '';
    assert.match(text, /\["arn:aws:connect:us-east-1:111122223333:instance\/<instance-id>\/contact-flow\/\*", "arn:aws:connect:us-east-1:111122223333:instance\/<instance-id>"\]/);
    assert.match(text, /\*\*Also allow\*\* \(dependent actions\): `wisdom:GetMessageTemplate`, `wisdom:RenderMessageTemplate`/);
  });
  void it('an action without resource types needs "*"', () => {
    assert.match(section('SendChatIntegrationEvent') ?? '', /"Resource": "\*"` \(the action has no resource types\)/);
  });
  void it('other services get nothing', () => {
    const s3 = service().catalog.service('s3');
    const action = s3?.action('GetObject');
    assert.ok(s3 && action);
    assert.equal(connectExampleArnSection(action, s3), undefined);
  });
});
