import { unknownElement } from '../../server/service/rules/structure/unknownElement';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(unknownElement, {
  valid: [
    '{"Version": "2012-10-17", "Id": "chat", "Statement": [{"Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {}}]}',
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotPrincipal": {"AWS": "*"}, "NotAction": "s3:*", "NotResource": "*"}]}',
    { name: 'an intrinsic in place of a statement', code: policy('{"Fn::If": ["Chat", {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Ref": "AWS::NoValue"}]}') },
    { name: 'keys around an embedded policy are not policy elements', code: '{"PolicyName": "p", "PolicyDocument": {"Version": "2012-10-17", "Statement": []}}' },
  ],
  invalid: [
    {
      name: 'plural and misspelled statement elements',
      code: policy('{"Effect": "Allow", ⟦"Actions"⟧: "s3:GetObject", ⟦"Resources"⟧: "*", ⟦"Conditon"⟧: {}}'),
      message: [/"Actions" is not a statement element: AWS rejects the policy\. Did you mean "Action"\?/, /"Resource"/, /"Condition"/],
      output: policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {}}'),
    },
    {
      name: 'Effects and a lower-case element',
      code: policy('{⟦"Effects"⟧: "Allow", ⟦"action"⟧: "s3:GetObject", "Resource": "*"}'),
      output: policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
    },
    {
      name: 'policy level',
      code: '{"Version": "2012-10-17", ⟦"Statements"⟧: [], "Statement": [], ⟦"Description"⟧: "x"}',
      message: [/"Statements" is not a policy element/, /The policy elements are Version, Id, Statement\./],
    },
    {
      name: 'no rename onto an element that is already there',
      code: policy('{"Effect": "Allow", "Action": "s3:GetObject", ⟦"Actions"⟧: "s3:PutObject", "Resource": "*"}'),
      message: /The statement elements are/,
    },
  ],
});
