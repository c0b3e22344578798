import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { patternCouldMatchTemplate, SUB_REFERENCE, templateBindings } from '../../server/service/arn/templateMatch';

const INSTANCE = 'arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}';
const FLOW = 'arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-flow/${ContactFlowId}';
const CONTACT = 'arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact/${ContactId}';
const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
const BUCKET = 'arn:${Partition}:s3:::${BucketName}';
const ID = '11111111-2222-3333-4444-555555555555';
const LOG_GROUP = 'arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}';
const SECRET = 'arn:${Partition}:secretsmanager:${Region}:${Account}:secret:${SecretId}';

void describe('patternCouldMatchTemplate', () => {
  const cases: [string, string, boolean][] = [
    [`arn:aws:connect:us-east-1:123456789012:instance/${ID}`, INSTANCE, true],
    [`arn:aws:connect:us-east-1:123456789012:instance/${ID}`, FLOW, false],
    [`arn:aws:connect:us-east-1:123456789012:instance/${ID}/*`, FLOW, true],
    [`arn:aws:connect:us-east-1:123456789012:instance/${ID}/*`, INSTANCE, false],
    [`arn:aws:connect:us-east-1:123456789012:instance/${ID}*`, INSTANCE, true],
    [`arn:aws:connect:*:*:instance/${ID}/*`, FLOW, true],
    [`arn:aws:connect:us-east-1:123456789012:instance/${ID}/contact-flow/*`, FLOW, true],
    [`arn:aws:connect:us-east-1:123456789012:instance/${ID}/contact-flow/*`, CONTACT, false],
    [`arn:aws:connect:us-east-1:123456789012:instance/${ID}/contact/*`, FLOW, false],
    ['arn:aws:connect:*', FLOW, true],
    ['*', FLOW, true],
    ['arn:aws:s3:::*', FLOW, false],
    ['arn:aws:connect:us-east-1:123456789012:instance/?', INSTANCE, true],
    ['arn:aws:connect:us-east-1:123456789012:instance/??/contact-flow/x', FLOW, true],
    ['arn:aws:connect:us-east-1:123456789012:instance//contact-flow/x', FLOW, false],
    ['arn:aws:s3:::my-bucket/*', OBJECT, true],
    ['arn:aws:s3:::my-bucket/*', BUCKET, false],
    ['arn:aws:s3:::my-bucket/a/b/c.txt', OBJECT, true],
    ['arn:aws:s3:::my-bucket/${aws:username}/*', OBJECT, true],
    [`arn:aws:connect:${SUB_REFERENCE}:${SUB_REFERENCE}:instance/${SUB_REFERENCE}`, INSTANCE, true],
    ['arn:aws:logs:*:*:log-group:/aws/lambda/*', LOG_GROUP, true],
    ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/chat-backend', LOG_GROUP, true],
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/chat-*', SECRET, true],
    ['arn:aws:logs:us-east-1:123456789012:log-group:a:b', LOG_GROUP, false],
    [`arn:aws:connect:${SUB_REFERENCE}:${SUB_REFERENCE}:instance/${SUB_REFERENCE}`, FLOW, false],
  ];
  for (const [pattern, template, expected] of cases) {
    void it(`${pattern.replaceAll(SUB_REFERENCE, '${Sub}')} ${expected ? 'could match' : 'never matches'} ${template.split(':').pop()}`, () => {
      assert.equal(patternCouldMatchTemplate(pattern, template), expected);
    });
  }
});

void describe('patternCouldMatchTemplate on hostile input', () => {
  void it('answers a 2,000-character wildcard pattern, and skips longer text', () => {
    const pattern = `arn:aws:connect:*:*:instance/${'*?'.repeat(980)}x`;
    assert.equal(patternCouldMatchTemplate(pattern, FLOW), true);
    assert.equal(patternCouldMatchTemplate(`${pattern}${'?'.repeat(100)}`, FLOW), true);
  });
});

void describe('templateBindings', () => {
  void it('reads the variables of a contact-flow ARN', () => {
    assert.deepEqual(templateBindings(FLOW, `arn:aws:connect:us-east-1:123456789012:instance/${ID}/contact-flow/*`), {
      Partition: 'aws',
      Region: 'us-east-1',
      Account: '123456789012',
      InstanceId: ID,
      ContactFlowId: '*',
    });
  });
  void it('does not read a contact-flow ARN as an instance', () => {
    assert.equal(templateBindings(INSTANCE, `arn:aws:connect:us-east-1:123456789012:instance/${ID}/contact-flow/x`), undefined);
  });
});
