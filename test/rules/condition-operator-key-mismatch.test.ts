import { conditionOperatorKeyMismatch } from '../../server/service/rules/conditions/conditionOperatorKeyMismatch';
import { mark, prettyWithCondition, withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionOperatorKeyMismatch, {
  valid: [
    withCondition('{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}, "StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}, "Bool": {"aws:SecureTransport": "true"}}'),
    { name: 'String operators fit ARN keys; Null fits every key; EpochTime takes Numeric', code: withCondition('{"StringLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/x"}, "Null": {"aws:SourceIp": "false"}, "NumericLessThan": {"aws:EpochTime": "1900000000"}}') },
    {
      name: 'ARN operators fit String keys whose values are ARNs, as AWS documents (kms:EncryptionContext:aws:logs:arn, aws:RequestTag/AmazonECSCreated)',
      code: withCondition(
        '{"ArnLike": {"kms:EncryptionContext:aws:logs:arn": "arn:aws:logs:us-east-1:111122223333:log-group:*", "aws:RequestTag/AmazonECSCreated": "arn:aws:ecs:*:*:cluster/*"}}',
        { action: '["kms:Decrypt", "ecs:TagResource"]' },
      ),
    },
  ],
  invalid: [
    {
      name: 'an IP key with a String operator',
      code: withCondition('{"StringEquals": {⟦"aws:SourceIp"⟧: "203.0.113.0/24"}}'),
      message: /aws:SourceIp is an IPAddress key, but StringEquals compares text: AWS compares the address as plain text, so a CIDR block never matches.*Use IpAddress\./,
      output: withCondition('{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}'),
    },
    {
      name: 'a Not operator keeps its negation',
      code: withCondition('{"StringNotEqualsIfExists": {⟦"aws:VpcSourceIp"⟧: "10.0.0.0/8"}}'),
      output: withCondition('{"NotIpAddressIfExists": {"aws:VpcSourceIp": "10.0.0.0/8"}}'),
    },
    {
      name: 'a String key with an IpAddress operator',
      code: withCondition('{"IpAddress": {⟦"aws:SourceVpc"⟧: "vpc-1a2b3c4d"}}'),
      message: /aws:SourceVpc is a String key, but IpAddress compares IP addresses/,
      output: withCondition('{"StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}}'),
    },
    {
      name: 'a Numeric key with a Date operator keeps the ordering',
      code: withCondition('{"DateLessThan": {⟦"aws:MultiFactorAuthAge"⟧: "3600"}}'),
      output: withCondition('{"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}'),
    },
    {
      name: 'one key of a shared block moves out',
      code: mark(prettyWithCondition({ StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d', 'aws:SourceIp': '203.0.113.7' } }), '"aws:SourceIp"'),
      output: prettyWithCondition({ StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' }, IpAddress: { 'aws:SourceIp': '203.0.113.7' } }),
    },
  ],
});
