import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { policy, service, withCursor } from '../helpers/service';

function hoverAt(marked: string): string {
  const { text, position } = withCursor(marked);
  return service().hover({ uri: 'file:///test/policy.json', text, languageId: 'json' }, position)?.contents ?? '';
}

/** Asserts that `first` appears in `text`, and before `then`. */
function leads(text: string, first: string, then: string): void {
  const a = text.indexOf(first);
  const b = text.indexOf(then);
  assert.ok(a >= 0 && b >= 0, `${first} or ${then} missing in:\n${text}`);
  assert.ok(a < b, `${first} should come before ${then} in:\n${text}`);
}

void describe('long hovers lead with what to do', () => {
  void it('an action hover puts the advice on what to write above the reference tables', () => {
    const hover = hoverAt(policy('{"Effect": "Allow", "Action": "connect:StartCh¦atContact", "Resource": "*"}'));
    leads(hover, '**Scope it like this:**', '**Resource types**');
  });

  void it("an ARN hover says which of the statement's actions it serves before listing its parts", () => {
    const hover = hoverAt(policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "arn:aws:connect:us-east-1:123456789012:instance/5f8a3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b¦"}'));
    leads(hover, '✗ `connect:StartChatContact`', '| part | value |');
  });
});
