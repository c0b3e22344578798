import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conditionHover } from '../../server/service/features/hover/conditionHover';
import { withCondition } from '../conditions/statement';
import { featureContextAt } from '../helpers/featureContext';
import { service, withCursor } from '../helpers/service';

/** This area's provider alone: other providers may answer first on shared ground (Resource strings). */
function hoverAt(marked: string): string | undefined {
  return conditionHover(featureContextAt(marked).context)?.contents;
}

void describe('condition hovers', () => {
  void it('is registered: the service answers on an operator', () => {
    const { text, position } = withCursor(withCondition('{"IpAddr¦ess": {"aws:SourceIp": "203.0.113.0/24"}}'));
    assert.match(service().hover({ uri: 'file:///test/policy.json', text, languageId: 'json' }, position)?.contents ?? '', /IpAddress condition operator/);
  });

  void it('explains an operator: what it compares, case, IfExists and the qualifier', () => {
    const contents = hoverAt(withCondition('{"ForAnyValue:StringLik¦eIfExists": {"aws:TagKeys": "team*"}}'));
    assert.ok(contents);
    assert.match(contents, /\*\*`ForAnyValue:StringLikeIfExists`\*\* · String condition operator/);
    assert.match(contents, /case-sensitive; `\*` and `\?` are wildcards/);
    assert.match(contents, /\*\*IfExists:\*\* when the key is missing from the request the test is true/);
    assert.match(contents, /\*\*ForAnyValue:\*\* true when \*at least one\* value/);
  });

  void it('says a Not operator is true when the key is missing, and StringEquals treats * literally', () => {
    assert.match(hoverAt(withCondition('{"StringNot¦Equals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}')) ?? '', /also when the key is missing/);
    assert.match(hoverAt(withCondition('{"String¦Equals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}')) ?? '', /`\*` and `\?` are literal characters/);
  });

  void it('explains a global key: type, description, when present', () => {
    const contents = hoverAt(withCondition('{"IpAddress": {"aws:Source¦Ip": "203.0.113.0/24"}}'));
    assert.ok(contents);
    assert.match(contents, /\*\*`aws:SourceIp`\*\* · IPAddress · global condition key/);
    assert.match(contents, /\*\*When present:\*\* Absent when the request comes through a VPC endpoint/);
  });

  void it('lists which of the statement\'s actions support a service key', () => {
    const contents = hoverAt(withCondition('{"StringEquals": {"connect:Instance¦Id": "x"}}', { action: '["connect:StartChatContact", "s3:GetObject"]' }));
    assert.ok(contents);
    assert.match(contents, /connect condition key/);
    assert.match(contents, /\*\*Supported by\*\* 1 of this statement's 2 actions: `connect:StartChatContact`\./);
    const none = hoverAt(withCondition('{"StringLike": {"s3:pre¦fix": "home/"}}'));
    assert.match(none ?? '', /None of this statement's actions supports this key/);
  });

  void it('says when a key comes with one of the action\'s resource types', () => {
    const contents = hoverAt(withCondition('{"StringEquals": {"fsx:ParentVol¦umeId": "fsvol-1"}}', { action: '"fsx:CreateVolume"' }));
    assert.match(contents ?? '', /\*\*Supported by\*\* every action of this statement: `fsx:CreateVolume` \(with its `volume` resource type\)\./);
  });

  void it('names the tag key of a tag-form key', () => {
    assert.match(hoverAt(withCondition('{"StringEquals": {"aws:PrincipalTag/te¦am": "chat"}}')) ?? '', /Here `team` stands for the placeholder of `aws:PrincipalTag\/\$\{TagKey\}`/);
  });

  void it('shows the range of an IP value and whether it is public', () => {
    const contents = hoverAt(withCondition('{"IpAddress": {"aws:SourceIp": "10.1.2¦.0/24"}}'));
    assert.match(contents ?? '', /IPv4, 256 addresses: `10\.1\.2\.0` to `10\.1\.2\.255`/);
    assert.match(contents ?? '', /private \(RFC 1918\) range: it never appears as aws:SourceIp/);
    assert.match(hoverAt(withCondition('{"IpAddress": {"aws:SourceIp": "2001:db8::¦/127"}}')) ?? '', /2 addresses: `2001:db8::` to `2001:db8::1`/);
    assert.match(hoverAt(withCondition('{"IpAddress": {"aws:SourceIp": "203.0.11¦3.0/24"}}')) ?? '', /documentation \(TEST-NET-3\) range, reserved for examples/);
    assert.match(hoverAt(withCondition('{"IpAddress": {"aws:SourceIp": "8.8.8¦.0/24"}}')) ?? '', /A public range\./);
  });

  void it('explains a policy variable in a Resource or Condition value, with its default', () => {
    const resource = hoverAt(withCondition('{}', { resource: '"arn:aws:s3:::bucket/${aws:user¦name}/*"' }));
    assert.match(resource ?? '', /\*\*`\$\{aws:username\}`\*\* · policy variable/);
    assert.match(resource ?? '', /AWS replaces it with the request's value of `aws:username` \(String\)/);
    assert.match(resource ?? '', /When present:\*\* Present only when the caller is an IAM user/);
    assert.match(resource ?? '', /this entry does not match/);
    const withDefault = hoverAt(withCondition(`{"StringEquals": {"aws:ResourceTag/team": "\${aws:PrincipalTag/te¦am, 'none'}"}}`));
    assert.match(withDefault ?? '', /AWS uses the default `none`/);
    assert.equal(hoverAt(withCondition('{}', { resource: '"arn:aws:s3:::bucket/${aws:username}/o¦bject"' })), undefined);
  });

  void it('stays quiet on unknown operators and keys', () => {
    assert.equal(hoverAt(withCondition('{"StringEq¦ual": {"aws:SourceVpce": "x"}}')), undefined);
    assert.equal(hoverAt(withCondition('{"StringEquals": {"aws:Nope¦": "x"}}')), undefined);
  });
});
