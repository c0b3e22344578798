import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArn } from '../../server/service/arn/parseArn';
import { arnPlaceholders, isResolvedVariable } from '../../server/service/arn/placeholders';

const found = (text: string) => {
  const parsed = parseArn(text);
  assert.equal(parsed.kind, 'arn');
  return parsed.kind === 'arn' ? arnPlaceholders(parsed.arn).map((p) => `${p.text}=${p.stands ?? '?'}`) : [];
};

void describe('placeholders', () => {
  void it('finds the blog-post placeholders and what they stand for', () => {
    assert.deepEqual(found('arn:aws:connect:REGION:ACCOUNT_ID:instance/INSTANCE_ID'), ['REGION=region', 'ACCOUNT_ID=account', 'INSTANCE_ID=instance']);
  });
  void it('finds markup placeholders', () => {
    assert.deepEqual(found('arn:${Partition}:connect:<region>:{{accountId}}:instance/{instance_id}/contact-flow/${ContactFlowId}'), [
      '${Partition}=partition',
      '<region>=region',
      '{{accountId}}=account',
      '{instance_id}=instance',
      '${ContactFlowId}=?',
    ]);
  });
  void it('leaves real values, segment names, policy variables and CloudFormation references alone', () => {
    assert.deepEqual(found('arn:aws:connect:us-east-1:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d/contact-flow/*'), []);
    assert.deepEqual(found('arn:aws:s3:::bucket/${aws:username}/*'), []);
    assert.deepEqual(found('arn:aws:s3:::bucket/${*}'), []);
    assert.deepEqual(found('arn:${AWS::Partition}:connect:${AWS::Region}:${AWS::AccountId}:instance/x'), []);
    assert.ok(isResolvedVariable('${aws:PrincipalTag/team}'));
    assert.ok(!isResolvedVariable('${InstanceId}'));
  });
  void it('leaves capital names in resource paths alone unless they name a value', () => {
    assert.deepEqual(found('arn:aws:ssm:us-east-1:123456789012:parameter/MY_APP/DB_PASSWORD'), []);
    assert.deepEqual(found('arn:aws:s3:::YOUR_BUCKET_NAME/*'), ['YOUR_BUCKET_NAME=?']);
    assert.deepEqual(found('arn:aws:connect:us-east-1:123456789012:instance/INSTANCE_ID/contact-flow/CONTACT_FLOW_ID'), ['INSTANCE_ID=instance', 'CONTACT_FLOW_ID=?']);
  });

  void it('finds spelled-out names in whole fields and segments', () => {
    assert.deepEqual(found('arn:aws:connect:your-region:xxxxxxxxxxxx:instance/my-instance-id'), ['your-region=region', 'xxxxxxxxxxxx=account', 'my-instance-id=instance']);
  });
});
