import { actionRedundant } from '../../server/service/rules/suggestions/actionRedundant';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

const actions = (list: string) => policy(`{"Effect": "Allow", "Action": [${list}], "Resource": "*"}`);

ruleTable(actionRedundant, {
  valid: [
    actions('"iam:Get*", "iam:List*"'),
    { name: 'a pattern that also matches actions the other does not', code: actions('"iam:Get*", "iam:*CredentialReport"') },
    { name: 'entries in different statements', code: policy('{"Effect": "Allow", "Action": ["iam:Get*"], "Resource": "*"}', '{"Effect": "Allow", "Action": ["iam:GetRole"], "Resource": "arn:aws:iam::111122223333:role/r"}') },
    { name: 'unknown actions are other rules\' findings', code: actions('"iam:*", "iam:NotAnAction"') },
  ],
  invalid: [
    {
      name: 'an action under a wildcard of the same list',
      code: actions('"iam:Get*", "iam:List*", ⟦"iam:GetCredentialReport"⟧'),
      message: /"iam:GetCredentialReport" is redundant: "iam:Get\*" in this Action already matches it\./,
      output: actions('"iam:Get*", "iam:List*"'),
    },
    {
      name: 'a repeat, in another case: the later one',
      code: actions('"s3:GetObject", ⟦"S3:getobject"⟧'),
      message: /"S3:getobject" is already in this Action\. Remove the repeat\./,
      output: actions('"s3:GetObject"'),
    },
    { name: 'everything under "*"', code: actions('"*", ⟦"s3:Get*"⟧'), message: /already matches the \d+ actions it matches in the Service Authorization Reference data of \d{4}-\d{2}-\d{2}\./ },
    { name: 'in NotAction', code: policy('{"Effect": "Deny", "NotAction": ["s3:*", ⟦"s3:GetObject"⟧], "Resource": "*"}'), message: /in this NotAction/ },
  ],
});
