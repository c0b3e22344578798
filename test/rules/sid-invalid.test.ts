import { sidInvalid } from '../../server/service/rules/structure/sidInvalid';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(sidInvalid, {
  valid: [
    policy('{"Sid": "AllowChat2", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
    {
      name: 'resource-based policies accept spaces',
      code: '{"Version": "2012-10-17", "Statement": [{"Sid": "Public read", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}',
    },
    { name: 'CloudFormation intrinsic', code: policy('{"Sid": {"Fn::Sub": "${Env}Chat"}, "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}') },
  ],
  invalid: [
    {
      name: 'a space',
      code: policy('{"Sid": ⟦"Allow chat"⟧, "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
      message: /Sid "Allow chat" has characters IAM rejects in an identity policy \(only letters A-Z, a-z and digits 0-9 are allowed\)\. Use "AllowChat"\./,
      output: policy('{"Sid": "AllowChat", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
    },
    {
      name: 'hyphens and underscores',
      code: policy('{"Sid": ⟦"allow-start_chat"⟧, "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
      output: policy('{"Sid": "allowStartChat", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
    },
    {
      name: 'no fix that would repeat another Sid',
      code: policy('{"Sid": "AllowChat", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Sid": ⟦"Allow-Chat"⟧, "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}'),
      message: /allowed\)\.$/,
    },
    { name: 'not a string, in any policy', code: policy('{"Sid": ⟦1⟧, "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'), message: /must be a string, not a number/ },
  ],
});
