import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Catalog, type ActionInfo, type CatalogSource } from '../../server/service/catalog/catalog';
import { ACTION_HOVER_SECTIONS, actionHover, MAX_LISTED_MATCHES } from '../../server/service/features/hover/actionHover';
import { PolicyLanguageService } from '../../server/service/languageService';
import { featureContextAt } from '../helpers/featureContext';
import { policy, service, withCursor } from '../helpers/service';

/** The action hover alone: other areas' hovers (ARNs, conditions) answer elsewhere. */
function hoverAt(marked: string) {
  return actionHover(featureContextAt(marked).context);
}

const statement = (action: string) => policy(`{"Effect": "Allow", "Action": ${action}, "Resource": "*"}`);

void describe('hover on an action', () => {
  void it('is what the service answers on an action', () => {
    const { text, position } = withCursor(statement('"connect:Start¦ChatContact"'));
    assert.match(service().hover({ uri: 'file:///test/policy.json', text, languageId: 'json' }, position)?.contents ?? '', /\*\*`connect:StartChatContact`\*\* · Write/);
  });

  void it('explains connect:StartChatContact from the Service Authorization Reference', () => {
    const hover = hoverAt(statement('"connect:Start¦ChatContact"'));
    assert.ok(hover);
    const md = hover.contents;
    assert.match(md, /\*\*`connect:StartChatContact`\*\* · Write/);
    assert.match(md, /Grants permission to/);
    // contact-flow is required and carries its ARN template; contact is optional.
    assert.match(md, /\| `contact-flow` \* \| `arn:\$\{Partition\}:connect:\$\{Region\}:\$\{Account\}:instance\/\$\{InstanceId\}\/contact-flow\/\$\{ContactFlowId\}` \|/);
    assert.match(md, /\| `contact` \| `arn:/);
    assert.match(md, /\*\*Condition keys:\*\* .*`connect:InstanceId`/);
    assert.match(md, /\[Amazon Connect in the Service Authorization Reference\]\(https:\/\/docs\.aws\.amazon\.com\/service-authorization\/latest\/reference\/list_amazonconnect\.html\)/);
    assert.match(md, /data of \d{4}-\d{2}-\d{2}, from @cloud-copilot\/iam-data /);
  });

  void it('covers the whole string and ignores case, as IAM does', () => {
    const { text } = withCursor(statement('"CONNECT:startchatcontact¦"'));
    const hover = hoverAt(statement('"CONNECT:startchatcontact¦"'));
    assert.ok(hover?.range);
    const start = text.indexOf('"CONNECT');
    assert.equal(hover.range.start.character, start - text.lastIndexOf('\n', start) - 1);
    assert.equal(hover.range.end.character - hover.range.start.character, '"CONNECT:startchatcontact"'.length);
    assert.match(hover.contents, /`connect:StartChatContact`/);
  });

  void it('lists the condition keys of the action\'s resource types, naming the type', () => {
    const md = hoverAt(statement('"fsx:Create¦Volume"'))?.contents ?? '';
    assert.match(md, /\*\*Condition keys:\*\* .*`fsx:ParentVolumeId` \(volume\)/);
  });

  void it('shows both ARN forms of a resource type that has two', () => {
    const md = hoverAt(statement('"lex:Recognize¦Text"'))?.contents ?? '';
    assert.match(md, /\| `bot alias` \* \| `arn:\$\{Partition\}:lex:\$\{Region\}:\$\{Account\}:bot-alias\/\$\{BotId\}\/\$\{BotAliasId\}` or `arn:\$\{Partition\}:lex:\$\{Region\}:\$\{Account\}:bot:\$\{BotName\}:\$\{BotAlias\}` \|/);
  });

  void it('says when no resource type applies', () => {
    assert.match(hoverAt(statement('"connect:SendChatIntegration¦Event"'))?.contents ?? '', /Resource types:\*\* none\. .*"Resource": "\*"/);
  });

  void it('lists dependent actions when the reference names them', () => {
    // The bundled iam-data release lists none, so a one-service catalog stands in for one that does.
    const source: CatalogSource = {
      index: () => ({ source: 'test data 1', date: '2026-01-02', services: { chat: 'Test Chat' }, globalConditionKeys: [] }),
      service: () => ({
        name: 'Test Chat',
        actions: { startchat: ['StartChat', 'Grants permission to start a chat', 'Write', [['flow', 1]], [], ['wisdom:GetMessageTemplate', 'wisdom:RenderMessageTemplate']] },
        resourceTypes: { flow: [['arn:${Partition}:chat:${Region}:${Account}:flow/${FlowId}'], []] },
        conditionKeys: {},
      }),
    };
    const { text, position } = withCursor(statement('"chat:Start¦Chat"'));
    const md = new PolicyLanguageService(new Catalog(source)).hover({ uri: 'file:///t.json', text }, position)?.contents ?? '';
    assert.match(md, /\*\*Dependent actions\*\* \(also needed when AWS calls them for you\): `wisdom:GetMessageTemplate`, `wisdom:RenderMessageTemplate`/);
    assert.doesNotMatch(md, /Condition keys/);
    assert.match(md, /list_testchat\.html/);
    assert.match(md, /data of 2026-01-02, from test data 1\._$/);
  });

  void it('works in NotAction and in embedded policies', () => {
    assert.match(hoverAt(policy('{"Effect": "Deny", "NotAction": "iam:Pass¦Role", "Resource": "*"}'))?.contents ?? '', /`iam:PassRole`/);
    const cfn = '{"Resources": {"R": {"Properties": {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "s3:Get¦Object", "Resource": "*"}]}}}}}';
    assert.match(hoverAt(cfn)?.contents ?? '', /`s3:GetObject`\*\* · Read/);
  });

  void it('counts and lists the actions a wildcard matches, capped', () => {
    const small = hoverAt(statement('"connect:StartChat¦*"'))?.contents ?? '';
    assert.match(small, /`connect:StartChat\*` matches \*\*1 action\*\* of Amazon Connect/);
    assert.match(small, /- `connect:StartChatContact` · Write/);
    const big = hoverAt(statement('"connect:*¦"'))?.contents ?? '';
    const total = service().catalog.service('connect')?.actionNames.length ?? 0;
    assert.ok(total > MAX_LISTED_MATCHES);
    assert.match(big, new RegExp(`matches \\*\\*${total} actions\\*\\*`));
    assert.equal(big.match(/^- `connect:/gm)?.length, MAX_LISTED_MATCHES);
    assert.match(big, new RegExp(`… and ${total - MAX_LISTED_MATCHES} more\\.`));
    assert.match(hoverAt(statement('"connect:Zz¦*"'))?.contents ?? '', /matches no action of Amazon Connect/);
  });

  void it('lists the services a wildcard prefix spans, and explains "*"', () => {
    assert.match(hoverAt(statement('"connect*¦:*"'))?.contents ?? '', /spans \*\*\d+ services\*\*:[\s\S]*- `connect-campaigns`/);
    assert.match(hoverAt(statement('"¦*"'))?.contents ?? '', /every action of every AWS service/);
  });

  void it('stays silent on unknown names, keys and other elements', () => {
    assert.equal(hoverAt(statement('"connect:Send¦Message"')), undefined);
    assert.equal(hoverAt(statement('"s4:Get¦Object"')), undefined);
    assert.equal(hoverAt(policy('{"Effect": "Allow", "Act¦ion": "s3:GetObject", "Resource": "*"}')), undefined);
    assert.equal(hoverAt(policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "s3:Get¦Object"}')), undefined);
  });

  void it('appends the sections other areas register', () => {
    const section = (action: ActionInfo) => (action.name === 'StopContact' ? '**Extra:** from another area' : undefined);
    ACTION_HOVER_SECTIONS.push(section);
    try {
      assert.match(hoverAt(statement('"connect:Stop¦Contact"'))?.contents ?? '', /\*\*Extra:\*\* from another area/);
      assert.doesNotMatch(hoverAt(statement('"s3:Get¦Object"'))?.contents ?? '', /Extra/);
    } finally {
      ACTION_HOVER_SECTIONS.splice(ACTION_HOVER_SECTIONS.indexOf(section), 1);
    }
  });
});
