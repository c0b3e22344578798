import { sidDuplicate } from '../../server/service/rules/structure/sidDuplicate';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(sidDuplicate, {
  valid: [
    policy('{"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Sid": "Write", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}'),
    { name: 'statements without Sid', code: policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}') },
    {
      name: 'the same Sid in two different policies',
      code: '{"A": {"PolicyDocument": {"Statement": [{"Sid": "S", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}}, "B": {"PolicyDocument": {"Statement": [{"Sid": "S", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}}}',
    },
  ],
  invalid: [
    {
      code: policy('{"Sid": "Chat", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Sid": ⟦"Chat"⟧, "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}'),
      message: /Sid "Chat" is already used in this policy: AWS rejects a policy whose statement IDs repeat\. Give this statement its own Sid, such as "Chat2"\./,
      output: policy('{"Sid": "Chat", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Sid": "Chat2", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}'),
    },
    {
      name: 'three times, with Chat2 already taken',
      code: policy('{"Sid": "Chat", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Sid": "Chat2", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Sid": ⟦"Chat"⟧, "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}', '{"Sid": ⟦"Chat"⟧, "Effect": "Allow", "Action": "s3:DeleteObject", "Resource": "*"}'),
      output: policy('{"Sid": "Chat", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Sid": "Chat2", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Sid": "Chat3", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}', '{"Sid": "Chat4", "Effect": "Allow", "Action": "s3:DeleteObject", "Resource": "*"}'),
    },
    {
      name: 'in an S3 bucket policy, which AWS accepts with repeated Sids: a warning',
      code: '{"Resources": {"P": {"Type": "AWS::S3::BucketPolicy", "Properties": {"PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}, {"Sid": ⟦"Read"⟧, "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::210987654321:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}}}}}',
      message: /Resource-based policies accept repeated statement IDs/,
      severity: 'warning',
    },
    {
      name: 'in a role trust policy, which IAM rejects with repeated Sids',
      code: '{"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Sid": "T", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}, {"Sid": ⟦"T"⟧, "Effect": "Allow", "Principal": {"Service": "edgelambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}}}}',
      message: /AWS rejects a policy whose statement IDs repeat/,
      severity: 'error',
    },
  ],
});
