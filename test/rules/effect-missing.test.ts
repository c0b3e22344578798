import { effectMissing } from '../../server/service/rules/structure/effectMissing';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(effectMissing, {
  valid: [
    policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "*"}'),
    { name: 'an intrinsic in place of a statement', code: policy('{"Fn::If": ["Chat", {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Ref": "AWS::NoValue"}]}') },
  ],
  invalid: [
    {
      name: 'Effect is added after the Sid',
      code: policy('⟦{⟧"Sid": "Chat", "Action": "connect:StartChatContact", "Resource": "*"}'),
      message: /no Effect: AWS rejects it/,
      output: policy('{"Sid": "Chat", "Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "*"}'),
    },
    {
      name: 'Deny on request, first when there is no Sid',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    ⟦{⟧\n      "Action": "s3:*",\n      "Resource": "*"\n    }\n  ]\n}',
      fixTitle: /Deny/,
      output: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Deny",\n      "Action": "s3:*",\n      "Resource": "*"\n    }\n  ]\n}',
    },
  ],
});
