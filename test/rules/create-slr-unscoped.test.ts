import { createSlrUnscoped } from '../../server/service/rules/security/createSlrUnscoped';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

const allow = (action: string, resource: string, extra = '') => policy(`{"Effect": "Allow", "Action": ${action}, "Resource": ${resource}${extra}}`);

ruleTable(createSlrUnscoped, {
  valid: [
    {
      name: 'one service-linked role named',
      code: allow('"iam:CreateServiceLinkedRole"', '"arn:aws:iam::*:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect*"'),
    },
    {
      name: 'every role, but one service',
      code: allow('"iam:CreateServiceLinkedRole"', '"*"', ', "Condition": {"StringLike": {"iam:AWSServiceName": "connect.amazonaws.com"}}'),
    },
    { name: 'a Deny', code: policy('{"Effect": "Deny", "Action": "iam:CreateServiceLinkedRole", "Resource": "*"}') },
    { name: 'NotAction that excludes it', code: policy('{"Effect": "Allow", "NotAction": "iam:Create*", "Resource": "*"}') },
  ],
  invalid: [
    {
      name: 'on "*"',
      code: allow('"iam:CreateServiceLinkedRole"', '⟦"*"⟧'),
      message: /allows iam:CreateServiceLinkedRole on "\*": whoever holds this policy can create the service-linked role of any service.*iam:AWSServiceName/,
    },
    { name: 'every service-linked role path', code: allow('"iam:CreateServiceLinkedRole"', '⟦"arn:aws:iam::111122223333:role/aws-service-role/*"⟧') },
    { name: 'star in action and resource', code: allow('"iam:Create*"', '⟦"*"⟧'), message: /\(through "iam:Create\*"\)/ },
    { name: 'NotResource', code: policy('{"Effect": "Allow", "Action": "iam:CreateServiceLinkedRole", ⟦"NotResource"⟧: "arn:aws:iam::111122223333:role/x"}') },
    { name: 'NotAction and a wildcard resource', code: policy('{"Effect": "Allow", "NotAction": "s3:*", "Resource": ⟦"*"⟧}'), message: /NotAction does not exclude it/ },
  ],
});
