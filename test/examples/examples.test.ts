import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/service/text/edits';
import { LineIndex } from '../../server/service/text/lineIndex';
import { INSTANCE_ARN } from '../connect/fixtures';
import { service, validate } from '../helpers/service';

const dir = join(__dirname, '..', '..', 'examples');
const codesOf = (file: string) =>
  validate(readFileSync(join(dir, file), 'utf8'))
    .map((d) => `${d.range.start.line + 1} ${d.code}`)
    .sort();

/** What each broken example must show, by line (1-based) and rule. */
const BROKEN: Record<string, string[]> = {
  'blog-post.broken.json': ['7 arn-placeholder', '7 arn-placeholder', '7 arn-placeholder', '7 connect-start-chat-instance-arn'],
  'chat-backend.broken.json': [
    '9 connect-participant-action',
    '10 connect-participant-action',
    '12 connect-start-chat-instance-arn',
    '21 resource-wildcard-scope',
    '26 action-matches-no-resource',
    '27 connect-arn-segment',
    '32 resource-wildcard-required',
    '33 resource-matches-no-action',
  ],
  'cloudformation-chat.broken.json': ['27 connect-start-chat-instance-arn'],
  'outbound-chat.broken.json': ['7 action-matches-no-resource', '7 dependent-action-missing', '8 connect-arn-segment'],
};

void describe('examples/', () => {
  for (const [file, expected] of Object.entries(BROKEN)) {
    void it(`${file} shows exactly its problems`, () => assert.deepEqual(codesOf(file), [...expected].sort()));
    const fixed = file.replace('.broken.', '.fixed.');
    void it(`${fixed} is clean`, () => assert.deepEqual(codesOf(fixed), []));
  }

  void it('the blog-post resource is squiggled with a message naming StartChatContact, contact-flow and the fix', () => {
    const text = readFileSync(join(dir, 'blog-post.broken.json'), 'utf8');
    const headline = validate(text).find((d) => d.code === 'connect-start-chat-instance-arn');
    assert.ok(headline);
    const line = text.split('\n')[headline.range.start.line];
    assert.equal(line.slice(headline.range.start.character, headline.range.end.character), '"arn:aws:connect:REGION:ACCOUNT_ID:instance/INSTANCE_ID"');
    assert.match(headline.message, /StartChatContact/);
    assert.match(headline.message, /contact-flow\/\*/);
    assert.match(headline.message, /implicitly denies/);
  });
});

void it('one click on the headline fix, then the placeholder fixes with the instance setting, turn the blog post into the fixed policy', () => {
  const options = { connect: { instanceArn: INSTANCE_ARN } };
  const uri = 'file:///examples/blog-post.broken.json';
  const fixOnce = (text: string, code: string) => {
    const diagnostic = service().validate({ uri, text }, options).find((d) => d.code === code);
    assert.ok(diagnostic, code);
    const [action] = service().codeActions({ uri, text }, diagnostic.range, [diagnostic], ['quickfix'], options);
    assert.ok(action?.isPreferred || code === 'arn-placeholder', action?.title);
    return applyEdits(text, action.edits ?? [], new LineIndex(text));
  };
  let text = fixOnce(readFileSync(join(dir, 'blog-post.broken.json'), 'utf8'), 'connect-start-chat-instance-arn');
  for (let i = 0; i < 3; i++) text = fixOnce(text, 'arn-placeholder');
  assert.equal(text, readFileSync(join(dir, 'blog-post.fixed.json'), 'utf8'));
});
