import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from '../../server/service/features/types';
import { applyEdits } from '../../server/service/text/edits';
import { LineIndex } from '../../server/service/text/lineIndex';
import { expandWithDefaults } from '../helpers/snippets';
import { policy, service, validate, withCursor } from '../helpers/service';

const POLICY_URI = 'file:///work/policies/chat-backend.json';

function complete(marked: string, uri = POLICY_URI): { text: string; items: CompletionItem[] } {
  const { text, position } = withCursor(marked);
  return { text, items: service().complete({ uri, text, languageId: 'json' }, position) };
}

const snippetLabels = (items: CompletionItem[]) => items.filter((i) => i.kind === 'snippet').map((i) => i.label);

/** The document after accepting `label`, with the snippet's placeholders at their defaults. */
function accept(marked: string, label: string, uri = POLICY_URI): string {
  const { text, items } = complete(marked, uri);
  const item = items.find((i) => i.label === label);
  assert.ok(item?.textEdit, `no ${label} among ${items.map((i) => i.label).slice(0, 30).join(', ')}`);
  const edit = { ...item.textEdit, newText: item.isSnippet ? expandWithDefaults(item.textEdit.newText.split('\n')) : item.textEdit.newText };
  return applyEdits(text, [edit, ...(item.additionalTextEdits ?? [])], new LineIndex(text));
}

const STATEMENT_SNIPPETS = ['connect-chat-backend', 'connect-chat-streaming', 'deny-outside-ips'];
const CONDITION_SNIPPETS = ['condition-source-ip', 'condition-source-vpc', 'condition-source-vpce'];

void describe('snippets offered by completion', () => {
  void it('offer statements in the Statement array, and nothing else there', () => {
    const { items } = complete('{\n  "Version": "2012-10-17",\n  "Statement": [\n    ¦\n  ]\n}\n');
    assert.deepEqual(snippetLabels(items), STATEMENT_SNIPPETS);
  });

  void it('replace the prefix typed so far and write a policy that lints clean', () => {
    const text = accept('{\n  "Version": "2012-10-17",\n  "Statement": [\n    connect-ch¦\n  ]\n}\n', 'connect-chat-backend');
    assert.doesNotMatch(text, /connect-ch\b/);
    assert.deepEqual(validate(text).map((d) => d.code), []);
  });

  void it('add the commas a new array entry needs', () => {
    const text = accept(policy('{"Effect": "Allow", "Action": "connect:StopContact", "Resource": "*"} ¦'), 'connect-chat-streaming');
    assert.deepEqual(validate(text).filter((d) => d.code.startsWith('json-')), []);
    const before = accept('{"Version": "2012-10-17", "Statement": [¦ {"Effect": "Allow", "Action": "connect:StopContact", "Resource": "*"}]}', 'connect-chat-streaming');
    assert.deepEqual(validate(before).filter((d) => d.code.startsWith('json-')), []);
  });

  void it('offer conditions between the properties of a statement that has none', () => {
    const marked = policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "*", ¦}');
    assert.deepEqual(snippetLabels(complete(marked).items), CONDITION_SNIPPETS);
    const text = accept(marked, 'condition-source-ip');
    assert.deepEqual(validate(text).filter((d) => d.code.startsWith('json-') || d.code.startsWith('condition-')), []);
    const withCondition = policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}, ¦}');
    assert.deepEqual(snippetLabels(complete(withCondition).items), []);
  });

  void it('are not offered inside strings, inside values or outside policies', () => {
    assert.deepEqual(snippetLabels(complete(policy('{"Effect": "Allow", "Action": "connect:¦", "Resource": "*"}')).items), []);
    assert.deepEqual(snippetLabels(complete(policy('{"Effect": "Allow", "Action": ["¦"], "Resource": "*"}')).items), []);
    assert.deepEqual(snippetLabels(complete(policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {¦}}')).items), []);
    assert.deepEqual(complete('{\n  "name": "app",\n  "scripts": {},\n  ¦\n}\n', 'file:///work/package.json').items, []);
    assert.deepEqual(complete('{\n  "compilerOptions": [¦]\n}\n', 'file:///work/tsconfig.json').items, []);
  });
});

void describe('a new policy file', () => {
  void it('offers Version, Statement and a whole-policy snippet in an empty object of a file named like a policy', () => {
    const { items } = complete('{¦}', 'file:///work/new-policy.json');
    assert.deepEqual(
      items.map((i) => i.label),
      ['Version', 'Id', 'Statement', 'iam-policy'],
    );
    const text = accept('{\n  ¦\n}\n', 'iam-policy', 'file:///work/new-policy.json');
    assert.deepEqual(validate(text).map((d) => d.code), [], text);
  });

  void it('is recognised by a first "Version", whatever its name', () => {
    const labels = complete('{\n  "Version": "2012-10-17",\n  ¦\n}\n', 'file:///work/untitled-1.json').items.map((i) => i.label);
    assert.deepEqual(labels, ['Id', 'Statement']);
    assert.deepEqual(
      complete('{"Version": "2012-10-17", "St¦"}', 'file:///work/untitled-1.json').items.map((i) => i.label),
      ['Id', 'Statement'],
    );
  });

  void it('is not guessed for other JSON: an empty object elsewhere, or other keys beside Version', () => {
    assert.deepEqual(complete('{¦}', 'file:///work/settings.json').items, []);
    assert.deepEqual(complete('{"Version": 3, "Name": "app", ¦}', 'file:///work/app.json').items, []);
    assert.deepEqual(complete('{"name": "x", ¦}', 'file:///work/policy-tool.json').items, []);
  });

  void it('gets no diagnostics while it has no Statement yet', () => {
    assert.deepEqual(service().validate({ uri: 'file:///work/new-policy.json', text: '{\n  "Version": "2012-10-17"\n}\n', languageId: 'json' }), []);
  });
});
