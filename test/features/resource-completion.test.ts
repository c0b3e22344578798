import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { templateSnippet } from '../../server/service/features/completion/resourceCompletion';
import type { CompletionItem } from '../../server/service/features/types';
import { expandWithDefaults } from '../helpers/snippets';
import { policy, service, validate, withCursor } from '../helpers/service';
import type { ServiceOptions } from '../../server/service/options';

const INSTANCE_ARN = 'arn:aws:connect:eu-west-2:111122223333:instance/0b3c9f6e-5a1d-4c2b-9e8f-7a6b5c4d3e2f';

function resourceItems(marked: string, options?: Partial<ServiceOptions>): { text: string; items: CompletionItem[] } {
  const { text, position } = withCursor(marked);
  const items = service().complete({ uri: 'file:///test/policy.json', text, languageId: 'json' }, position, options);
  return { text, items: items.filter((item) => item.kind === 'value') };
}

void describe('completion of Resource ARNs', () => {
  void it("offers the ARN templates of the statement's actions, required types first", () => {
    const { items } = resourceItems(policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "¦"}'));
    assert.deepEqual(items.map((item) => item.label).sort(), ['connect:contact', 'connect:contact-flow']);
    assert.equal(items.find((item) => item.label === 'connect:contact-flow')?.sortText, '0');
  });

  void it('fills the parameters from the configured instance ARN, and the result lints clean', () => {
    const marked = policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "¦"}');
    const { text, items } = resourceItems(marked, { connect: { instanceArn: INSTANCE_ARN } });
    const flow = items.find((item) => item.label === 'connect:contact-flow');
    assert.equal(flow?.textEdit?.newText, 'arn:${1:aws}:connect:${2:eu-west-2}:${3:111122223333}:instance/${4:0b3c9f6e-5a1d-4c2b-9e8f-7a6b5c4d3e2f}/contact-flow/${5:ContactFlowId}');
    const written = text.replace('"Resource": ""', `"Resource": "${expandWithDefaults([flow.textEdit.newText]).replace('ContactFlowId', '*')}"`);
    assert.deepEqual(validate(written).map((d) => d.code), []);
  });

  void it('leaves the parameters named when no instance is configured', () => {
    assert.equal(templateSnippet('arn:${Partition}:s3:::${BucketName}/${ObjectName}', { Partition: 'aws' }), 'arn:${1:aws}:s3:::${2:BucketName}/${3:ObjectName}');
  });

  void it('is not offered outside Resource strings', () => {
    assert.deepEqual(resourceItems(policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "NotResource": "¦"}')).items, []);
    assert.deepEqual(resourceItems(policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Sid": "¦"}')).items, []);
  });
});
