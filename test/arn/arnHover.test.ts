import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { policy, service, withCursor } from '../helpers/service';
import { FLOW_ID, INSTANCE_ARN, INSTANCE_ID } from '../connect/fixtures';

function hover(marked: string) {
  const { text, position } = withCursor(marked);
  return service().hover({ uri: 'file:///test/policy.json', text }, position);
}

void describe('ARN hover', () => {
  void it('names the resource type in words, shows the parts, and which actions it applies to', () => {
    const h = hover(policy(`{"Effect": "Allow", "Action": ["connect:StartChatContact", "connect:StartContactStreaming"], "Resource": "${INSTANCE_ARN}/contact-flow/¦${FLOW_ID}"}`));
    assert.ok(h);
    assert.match(h.contents, new RegExp(`contact flow \`${FLOW_ID}\` of instance \`${INSTANCE_ID}\``));
    assert.match(h.contents, /\| region \| `us-east-1` \|/);
    assert.match(h.contents, /\| resource \| `instance \/ 4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d \/ contact-flow \/ 0f9e8d7c/);
    assert.match(h.contents, /✓ `connect:StartChatContact` \(as `contact-flow`/);
    assert.match(h.contents, /✗ `connect:StartContactStreaming`: authorized against `instance`\*/);
  });

  void it('explains why the bare instance ARN does not serve StartChatContact', () => {
    const h = hover(policy(`{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "arn:aws:connect:us-east-1:123456789012:instance/¦${INSTANCE_ID}"}`));
    assert.ok(h);
    assert.match(h.contents, new RegExp(`\\*\\*instance \`${INSTANCE_ID}\`\\*\\*`));
    assert.match(h.contents, /✗ `connect:StartChatContact`: authorized against `contact`, `contact-flow`\*/);
  });

  void it('reads a resource type written in its second ARN form (Lex V2 bot-alias/BOT/ALIAS)', () => {
    const h = hover(policy('{"Effect": "Allow", "Action": "lex:RecognizeText", "Resource": "arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/¦TSTALIASID"}'));
    assert.ok(h);
    assert.match(h.contents, /bot alias `TSTALIASID` of bot `ABCDEFGHIJ`/);
    assert.match(h.contents, /✓ `lex:RecognizeText` \(as `bot alias`/);
  });

  void it('reads wildcards as "any" and flags placeholders', () => {
    const h = hover(policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "arn:aws:connect:REGION:ACCOUNT_ID:instance/INSTANCE_ID/contact-flow/¦*"}'));
    assert.ok(h);
    assert.match(h.contents, /any contact flow of instance `INSTANCE_ID`/);
    assert.match(h.contents, /Placeholders `REGION`, `ACCOUNT_ID`, `INSTANCE_ID`/);
  });

  void it('reads CloudFormation Fn::Sub references as one segment each', () => {
    const h = hover(policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": {"Fn::Sub": "arn:${AWS::Partition}:connect:${AWS::Region}:${AWS::AccountId}:instance/${Instance¦Id}"}}'));
    assert.ok(h);
    assert.match(h.contents, /\*\*instance `\$\{InstanceId\}`\*\*/);
    assert.match(h.contents, /✗ `connect:StartChatContact`/);
  });

  void it('shows a NotResource entry without the action list', () => {
    const h = hover(policy(`{"Effect": "Deny", "Action": "connect:*", "NotResource": "${INSTANCE_ARN}/contact-flow/¦*"}`));
    assert.ok(h);
    assert.match(h.contents, /any contact flow of instance/);
    assert.doesNotMatch(h.contents, /Statement actions/);
  });

  void it('answers only on Resource entries, leaving actions to the action hover', () => {
    const h = hover(policy(`{"Effect": "Allow", "Action": "connect:Start¦ChatContact", "Resource": "${INSTANCE_ARN}"}`));
    assert.ok(h);
    assert.doesNotMatch(h.contents, /\| partition \|/);
    assert.match(h.contents, /Scope it like this:\*\* `"Resource": "arn:aws:connect:us-east-1:111122223333:instance\/<instance-id>\/contact-flow\/\*"`/);
  });
});
