import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortenFixTitles } from '../../server/service/features/fixTitles';
import { applyEdits } from '../../server/service/text/edits';
import { LineIndex } from '../../server/service/text/lineIndex';
import { policy, service, validate } from '../helpers/service';

const INSTANCE = 'arn:aws:connect:us-east-1:123456789012:instance/5f8a3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b';

void describe('quick-fix titles that name whole ARNs', () => {
  void it('keep the resource in view: UUIDs shortened to 8 digits, then the account', () => {
    assert.deepEqual(shortenFixTitles([`Add ${INSTANCE}`]), ['Add arn:aws:connect:us-east-1:123456789012:instance/5f8a3c1e…']);
    assert.deepEqual(shortenFixTitles([`Scope to ${INSTANCE}/contact-flow/*`]), ['Scope to arn:aws:connect:us-east-1:…:instance/5f8a3c1e…/contact-flow/*']);
    assert.deepEqual(shortenFixTitles([`Scope to ${INSTANCE}/contact-flow/*, ${INSTANCE}/contact/*`]), [
      'Scope to arn:aws:connect:us-east-1:…:instance/5f8a3c1e…/contact-flow/*, arn:aws:connect:us-east-1:…:instance/5f8a3c1e…/contact/*',
    ]);
  });

  void it('leave short titles alone, and keep the full text where shortening would make two titles alike', () => {
    assert.deepEqual(shortenFixTitles(['Change to "Allow"']), ['Change to "Allow"']);
    const a = `Change to ${INSTANCE}/contact-flow/*`;
    const b = `Change to ${INSTANCE.replace('5f8a3c1e-2b4d', '5f8a3c1e-ffff')}/contact-flow/*`;
    assert.deepEqual(shortenFixTitles([a, b]), [a, b]);
  });

  void it('are what the service offers, while the edit writes the whole ARN', () => {
    const text = policy(`{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "${INSTANCE}"}`);
    const input = { uri: 'file:///test/policy.json', text, languageId: 'json' };
    const diagnostic = validate(text).find((d) => d.code === 'connect-start-chat-instance-arn');
    assert.ok(diagnostic);
    const actions = service().codeActions(input, diagnostic.range, [diagnostic], ['quickfix']);
    assert.ok(actions.length > 0);
    for (const action of actions) {
      assert.doesNotMatch(action.title, /5f8a3c1e-2b4d/);
      assert.match(applyEdits(text, action.edits ?? [], new LineIndex(text)), new RegExp(`"${INSTANCE}/contact-flow/`));
    }
  });
});
