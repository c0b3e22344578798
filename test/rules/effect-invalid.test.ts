import { effectInvalid } from '../../server/service/rules/structure/effectInvalid';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(effectInvalid, {
  valid: [
    policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Effect": "Deny", "Action": "s3:PutObject", "Resource": "*"}'),
    { name: 'CloudFormation intrinsic', code: policy('{"Effect": {"Fn::If": ["Open", "Allow", "Deny"]}, "Action": "s3:GetObject", "Resource": "*"}') },
  ],
  invalid: [
    {
      name: 'lower case',
      code: policy('{"Effect": ⟦"allow"⟧, "Action": "s3:GetObject", "Resource": "*"}'),
      message: /"allow" is not a valid Effect: AWS accepts exactly "Allow" or "Deny" \(case-sensitive\) and rejects the policy\. Use "Allow"\./,
      output: policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
    },
    {
      name: 'a typo and upper case',
      code: policy('{"Effect": ⟦"Alow"⟧, "Action": "s3:GetObject", "Resource": "*"}', '{"Effect": ⟦"DENY"⟧, "Action": "s3:PutObject", "Resource": "*"}'),
      output: policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Effect": "Deny", "Action": "s3:PutObject", "Resource": "*"}'),
    },
    {
      name: 'no near answer: both offered',
      code: policy('{"Effect": ⟦"Permit"⟧, "Action": "s3:GetObject", "Resource": "*"}'),
      message: /Use "Allow" or "Deny"\./,
      fixTitle: /Deny/,
      output: policy('{"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*"}'),
    },
    { name: 'not a string', code: policy('{"Effect": ⟦true⟧, "Action": "s3:GetObject", "Resource": "*"}'), message: /A boolean is not a valid Effect/ },
    { name: 'an array', code: policy('{"Effect": ⟦["Allow"]⟧, "Action": "s3:GetObject", "Resource": "*"}'), message: /^An array is not a valid Effect/ },
  ],
});
