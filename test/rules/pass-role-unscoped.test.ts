import { passRoleUnscoped } from '../../server/service/rules/security/passRoleUnscoped';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

const allow = (action: string, resource: string, extra = '') => policy(`{"Effect": "Allow", "Action": ${action}, "Resource": ${resource}${extra}}`);

ruleTable(passRoleUnscoped, {
  valid: [
    { name: 'named roles', code: allow('"iam:PassRole"', '"arn:aws:iam::111122223333:role/chat-lambda"') },
    { name: 'a prefix of role names', code: allow('"iam:PassRole"', '"arn:aws:iam::111122223333:role/chat-*"') },
    {
      name: 'every role, but only to one service',
      code: allow('"iam:PassRole"', '"*"', ', "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}'),
    },
    { name: 'a Deny', code: policy('{"Effect": "Deny", "Action": "iam:PassRole", "Resource": "*"}') },
    { name: 'other IAM actions', code: allow('["iam:GetRole", "iam:List*"]', '"*"') },
    { name: 'NotAction that excludes PassRole', code: policy('{"Effect": "Allow", "NotAction": ["iam:*"], "Resource": "*"}') },
    { name: 'a resource-based policy', code: policy('{"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "iam:PassRole", "Resource": "*"}') },
    { name: 'an intrinsic in NotAction might exclude it', code: policy('{"Effect": "Allow", "NotAction": [{"Ref": "Excluded"}], "Resource": "*"}') },
  ],
  invalid: [
    {
      name: 'PassRole on "*"',
      code: allow('"iam:PassRole"', '⟦"*"⟧'),
      message: /allows iam:PassRole on "\*": whoever holds this policy can pass any role.*iam:PassedToService/,
    },
    { name: 'every role of an account', code: allow('["iam:GetRole", "iam:PassRole"]', '["arn:aws:iam::111122223333:role/a", ⟦"arn:aws:iam::111122223333:role/*"⟧]') },
    { name: 'star in action and resource', code: allow('"*"', '⟦"*"⟧'), message: /iam:PassRole \(through "\*"\) on "\*"/ },
    { name: 'iam:Pass*', code: allow('"iam:Pass*"', '⟦"arn:aws:iam::*:role*"⟧') },
    {
      name: 'NotAction with a wildcard resource',
      code: policy('{"Effect": "Allow", "NotAction": ["s3:*"], "Resource": ⟦"*"⟧}'),
      message: /iam:PassRole \(NotAction does not exclude it\) on "\*"/,
    },
    {
      name: 'NotResource',
      code: policy('{"Effect": "Allow", "Action": "iam:PassRole", ⟦"NotResource"⟧: "arn:aws:iam::111122223333:role/admin"}'),
      message: /allows iam:PassRole with NotResource/,
    },
    { name: 'NotAction and NotResource', code: policy('{"Effect": "Allow", "NotAction": "s3:*", ⟦"NotResource"⟧: "arn:aws:s3:::b"}') },
    {
      name: 'in CloudFormation, an Fn::Sub ARN for every role',
      code: '{"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": {"Fn::Sub": ⟦"arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*"⟧}}]}}}}}',
    },
  ],
});
