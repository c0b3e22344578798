import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionCompletion } from '../../server/service/features/completion/actionCompletion';
import { elementCompletion } from '../../server/service/features/completion/elementCompletion';
import { valueCompletion } from '../../server/service/features/completion/valueCompletion';
import type { CompletionItem } from '../../server/service/features/types';
import { applyEdits } from '../../server/service/text/edits';
import { LineIndex } from '../../server/service/text/lineIndex';
import { featureContextAt } from '../helpers/featureContext';
import { policy, service, withCursor } from '../helpers/service';

/** The items of this area's providers alone: other areas (conditions, snippets) add theirs beside them. */
function completeAt(marked: string): { text: string; items: CompletionItem[] } {
  const { text, context } = featureContextAt(marked);
  return { text, items: [elementCompletion, valueCompletion, actionCompletion].flatMap((provider) => provider(context)) };
}

const labels = (items: CompletionItem[], kind?: CompletionItem['kind']) => items.filter((i) => !kind || i.kind === kind).map((i) => i.label);

/** The document after accepting the item labelled `label`. */
function accept(marked: string, label: string): string {
  const { text, items } = completeAt(marked);
  const item = items.find((i) => i.label === label);
  assert.ok(item?.textEdit, `no item ${label} with a textEdit among ${labels(items).slice(0, 20).join(', ')}`);
  return applyEdits(text, [item.textEdit, ...(item.additionalTextEdits ?? [])], new LineIndex(text));
}

void describe('completion of element names', () => {
  void it('comes from the service with its registered providers', () => {
    const { text, position } = withCursor(policy('{"Effect": "Allow", "Action": "connect:StartC¦"}'));
    const items = service().complete({ uri: 'file:///test/policy.json', text, languageId: 'json' }, position);
    assert.ok(labels(items).includes('StartChatContact'));
    const keys = withCursor(policy('{"¦"}'));
    assert.ok(labels(service().complete({ uri: 'file:///test/policy.json', text: keys.text, languageId: 'json' }, keys.position)).includes('Effect'));
  });

  void it('offers statement elements inside a key, without those already present or excluded', () => {
    const { items } = completeAt(policy('{"Effect": "Allow", "Action": "s3:GetObject", "¦"}'));
    assert.deepEqual(labels(items, 'property'), ['Sid', 'Principal', 'NotPrincipal', 'Resource', 'NotResource', 'Condition']);
  });

  void it('replaces the content of the key being typed', () => {
    assert.equal(
      accept(policy('{"Effect": "Allow", "Act¦ion": "s3:GetObject"}'), 'Action'),
      policy('{"Effect": "Allow", "Action": "s3:GetObject"}'),
    );
    // A bare key becomes the whole property; unterminated, it ends at the cursor and the rest of the line stays.
    assert.equal(accept('{"Version": "2012-10-17", "Statement": [{"Ef¦}]}', 'Effect'), '{"Version": "2012-10-17", "Statement": [{"Effect": "${1|Allow,Deny|}"}]}');
    assert.equal(accept(policy('{"Effect": "Allow", "Act¦"}'), 'Action'), policy('{"Effect": "Allow", "Action": "$1"}'));
  });

  void it('gives a property typed as a key the commas it needs, wherever it is typed', () => {
    // After a property without its comma, and before another property.
    assert.equal(accept(policy('{"Effect": "Allow" "Act¦"}'), 'Action'), policy('{"Effect": "Allow", "Action": "$1"}'));
    assert.equal(accept(policy('{"Act¦" "Effect": "Allow"}'), 'Action'), policy('{"Action": "$1", "Effect": "Allow"}'));
    const multiline = policy('{\n  "Effect": "Allow"\n  "Res¦"\n  "Action": "s3:GetObject"\n}');
    assert.equal(accept(multiline, 'Resource'), policy('{\n  "Effect": "Allow",\n  "Resource": "$1",\n  "Action": "s3:GetObject"\n}'));
    // A key that has its colon keeps its value; the missing comma before it is still written.
    assert.equal(accept(policy('{"Effect": "Allow" "Act¦": "s3:GetObject"}'), 'Action'), policy('{"Effect": "Allow", "Action": "s3:GetObject"}'));
    // The comma goes after the value, never into a comment that follows it.
    assert.equal(
      accept(policy('{"Effect": "Allow" // for the chat widget\n "Act¦"}'), 'Action'),
      policy('{"Effect": "Allow", // for the chat widget\n "Action": "$1"}'),
    );
  });

  void it('inserts a whole property between properties, with the commas it needs', () => {
    const inserted = accept(policy('{"Effect": "Allow" ¦}'), 'Action');
    assert.equal(inserted, policy('{"Effect": "Allow", "Action": "$1"}'));
    assert.equal(accept(policy('{¦ "Effect": "Allow"}'), 'Sid'), policy('{"Sid": "$1", "Effect": "Allow"}'));
    assert.equal(accept(policy('{"Effect": "Allow"\n ¦\n "Resource": "*"}'), 'Action'), policy('{"Effect": "Allow",\n "Action": "$1",\n "Resource": "*"}'));
    // A comma already there, even behind a comment, is not written twice.
    assert.equal(accept(policy('{"Effect": "Allow", /* then */ ¦}'), 'Sid'), policy('{"Effect": "Allow", /* then */ "Sid": "$1"}'));
    const { items } = completeAt(policy('{"Effect": "Allow", ¦}'));
    assert.ok(items.every((i) => i.kind !== 'property' || i.isSnippet));
    assert.ok(!labels(items, 'property').includes('Effect'));
  });

  void it('offers policy elements at policy level', () => {
    const { items } = completeAt('{"Version": "2012-10-17", "¦", "Statement": []}');
    assert.deepEqual(labels(items, 'property'), ['Id']);
    assert.deepEqual(labels(completeAt('{¦ "Statement": []}').items, 'property'), ['Version', 'Id']);
  });

  void it('offers nothing inside nested objects or outside policies', () => {
    assert.deepEqual(completeAt(policy('{"Effect": "Allow", "Condition": {"¦"}}')).items, []);
    assert.deepEqual(completeAt('{"name": "pkg", "¦"}').items, []);
  });
});

void describe('completion of values', () => {
  void it('offers Allow and Deny for Effect, replacing the string content', () => {
    const { items } = completeAt(policy('{"Effect": "al¦"}'));
    assert.deepEqual(labels(items), ['Allow', 'Deny']);
    assert.equal(accept(policy('{"Effect": "al¦low"}'), 'Allow'), policy('{"Effect": "Allow"}'));
  });

  void it('offers quoted values right after the colon', () => {
    assert.equal(accept(policy('{"Effect": ¦}'), 'Deny'), policy('{"Effect": "Deny"}'));
    assert.equal(accept('{"Version": ¦, "Statement": []}', '2012-10-17'), '{"Version": "2012-10-17", "Statement": []}');
  });

  void it('offers the policy language versions for Version', () => {
    const { items } = completeAt('{"Version": "¦", "Statement": []}');
    assert.deepEqual(labels(items), ['2012-10-17', '2008-10-17']);
    assert.match(items[0].detail ?? '', /Current/);
  });

  void it('does not offer Effect values for other strings', () => {
    assert.deepEqual(completeAt(policy('{"Sid": "¦"}')).items, []);
    assert.deepEqual(completeAt('{"Version": "2012-10-17", "Statement": [{"Condition": {"StringEquals": {"Effect": "¦"}}}]}').items, []);
  });
});

void describe('completion inside actions', () => {
  void it('offers service prefixes with the service name, adding the colon', () => {
    const { items } = completeAt(policy('{"Effect": "Allow", "Action": "conn¦"}'));
    const connect = items.find((i) => i.label === 'connect');
    assert.equal(connect?.kind, 'module');
    assert.equal(connect?.detail, 'Amazon Connect');
    assert.equal(items.length, service().catalog.servicePrefixes().length);
    assert.equal(accept(policy('{"Effect": "Allow", "Action": "conn¦"}'), 'connect'), policy('{"Effect": "Allow", "Action": "connect:"}'));
  });

  void it('replaces only the prefix when the action is already written', () => {
    assert.equal(
      accept(policy('{"Effect": "Allow", "Action": ["s3:GetObject", "conect¦:StartChatContact"]}'), 'connect'),
      policy('{"Effect": "Allow", "Action": ["s3:GetObject", "connect:StartChatContact"]}'),
    );
  });

  void it('offers the actions of the service after the colon, with description and access level', () => {
    const { items } = completeAt(policy('{"Effect": "Allow", "Action": ["connect:StartC¦"]}'));
    const start = items.find((i) => i.label === 'StartChatContact');
    assert.equal(start?.kind, 'function');
    assert.equal(start?.detail, 'Write');
    assert.match(start?.documentation ?? '', /^Grants permission to .*\n\nAccess level: \*\*Write\*\*$/s);
    assert.equal(items.filter((i) => i.kind === 'function').length, service().catalog.service('connect')?.actionNames.length);
    assert.ok(labels(items).includes('*'));
    assert.equal(accept(policy('{"Effect": "Allow", "NotAction": "connect:StartC¦hat"}'), 'StartChatContact'), policy('{"Effect": "Allow", "NotAction": "connect:StartChatContact"}'));
  });

  void it('is case-insensitive on the prefix and silent for unknown services and other elements', () => {
    assert.ok(labels(completeAt(policy('{"Action": "S3:Get¦"}')).items).includes('GetObject'));
    assert.deepEqual(completeAt(policy('{"Action": "s4:Get¦"}')).items, []);
    assert.deepEqual(completeAt(policy('{"Effect": "Allow", "Resource": "conn¦"}')).items, []);
  });
});
