import { conditionKeyUnknown } from '../../server/service/rules/conditions/conditionKeyUnknown';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

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
      message: /"aws:SourceIpp" is not a condition key AWS knows: no request ever carries it, so this test behaves as if the key were missing \(a positive operator never matches\)\. Did you mean "aws:SourceIp"\?/,
      output: withCondition('{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}'),
    },
    {
      name: 'a service key typo',
      code: withCondition('{"StringEquals": {⟦"connect:InstanceID2"⟧: "x"}}'),
      output: withCondition('{"StringEquals": {"connect:InstanceId": "x"}}'),
    },
    { name: 'a tag form without a tag key', code: withCondition('{"StringEquals": {⟦"aws:ResourceTag/"⟧: "x"}}'), message: /not a condition key AWS knows/ },
  ],
});
