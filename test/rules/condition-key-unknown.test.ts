import { conditionKeyUnknown } from '../../server/service/rules/conditions/conditionKeyUnknown';
import { withCondition } from '../conditions/statement';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ruleTable } from '../helpers/ruleTable';
import { validate } from '../helpers/service';

ruleTable(conditionKeyUnknown, {
  valid: [
    withCondition('{"StringEquals": {"connect:InstanceId": "x", "aws:PrincipalTag/team": "chat", "AWS:SOURCEVPCE": "vpce-1a2b3c4d"}}'),
    { name: 'pattern keys of a service', code: withCondition('{"StringEquals": {"s3:ExistingObjectTag/env": "prod"}}', { action: '"s3:GetObject"' }) },
    { name: 'OIDC provider keys we cannot know are left alone', code: withCondition('{"StringLike": {"token.actions.githubusercontent.com:sub": "repo:org/*"}}') },
    { name: 'a key the reference lists under a sibling service', code: withCondition('{"StringEquals": {"ec2:osuser": "ec2-user"}}', { action: '"ec2-instance-connect:SendSSHPublicKey"' }) },
    { name: 'a key listed only under the statement\'s actions', code: withCondition('{"StringEquals": {"identitystore:GroupId": "g-1"}}', { action: '"qbusiness:CreateSubscription"' }) },
    { name: 'federation keys listed under sts', code: withCondition('{"StringEquals": {"saml:aud": "https://signin.aws.amazon.com/saml"}}') },
  ],
  invalid: [
    {
      code: withCondition('{"IpAddress": {⟦"aws:SourceIpp"⟧: "203.0.113.0/24"}}'),
      message: /"aws:SourceIpp" is not a condition key AWS knows \(Service Authorization Reference of \d{4}-\d{2}-\d{2}\): no request carries it, and then the test is false, so this statement never allows its actions\. Did you mean "aws:SourceIp"\?/,
      output: withCondition('{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}'),
    },
    {
      name: 'a service key typo',
      code: withCondition('{"StringEquals": {⟦"connect:InstanceID2"⟧: "x"}}'),
      output: withCondition('{"StringEquals": {"connect:InstanceId": "x"}}'),
    },
    {
      name: 'a key without a prefix',
      code: withCondition('{"IpAddress": {⟦"SourceIp"⟧: "203.0.113.0/24"}}'),
      message: /^"SourceIp" has no prefix: condition keys are written service:name .*Did you mean "aws:SourceIp"\?$/,
      output: withCondition('{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}'),
    },
    { name: 'a key without a prefix or a near global key', code: withCondition('{"StringEquals": {⟦"bad"⟧: "x"}}'), message: /^"bad" has no prefix: .*never allows its actions\.$/ },
    {
      name: 'with a Not operator the key restricts nothing',
      code: withCondition('{"StringNotEquals": {⟦"aws:PrincipalOrgMasterAccountId"⟧: "${aws:PrincipalAccount}"}}'),
      message: /no request carries it, and then the test is true, so the key does not restrict its actions in this statement\./,
    },
    {
      name: 'a prefix no service has (an identity provider\'s would have a dot or a slash)',
      code: withCondition('{"StringEquals": {⟦"chat:InstanceId"⟧: "x", "oidc.eks.us-east-1.amazonaws.com/id/ABC:sub": "system:serviceaccount:x"}}'),
      message: /^"chat:InstanceId" names no AWS service \("chat" is not a service prefix in the Service Authorization Reference of [\d-]+\)/,
    },
    { name: 'a tag form without a tag key', code: withCondition('{"StringEquals": {⟦"aws:ResourceTag/"⟧: "x"}}'), message: /not a condition key AWS knows/ },
  ],
});

void it('condition-key-unknown: a prefix no service has is a warning (the data may lag), a missing prefix an error', () => {
  const severities = (condition: string) => validate(withCondition(condition)).filter((d) => d.code === 'condition-key-unknown').map((d) => d.severity);
  assert.deepEqual(severities('{"StringEquals": {"chat:InstanceId": "x"}}'), ['warning']);
  assert.deepEqual(severities('{"StringEquals": {"InstanceId": "x"}}'), ['error']);
});
