import { actionFormat } from '../../server/service/rules/actions/actionFormat';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

const statement = (action: string) => policy(`{"Effect": "Allow", "Action": ${action}, "Resource": "*"}`);

ruleTable(actionFormat, {
  valid: [
    statement('["connect:StartChatContact", "s3:Get*", "*", "ec2:Describe?*", "vpc-lattice:AssociateViaAWSService-EventsAndStates"]'),
    { name: 'NotAction', code: policy('{"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}') },
    { name: 'CloudFormation intrinsics', code: statement('[{"Fn::Sub": "${Service}:GetObject"}, {"Ref": "ExtraAction"}]') },
    { name: 'unknown names are other rules\' findings', code: statement('["s4:GetObject", "s3:GetObjectt"]') },
  ],
  invalid: [
    {
      name: 'no colon',
      code: statement('⟦"StartChatContact"⟧'),
      message: /"StartChatContact" is not in the service:action form \(such as "connect:StartChatContact", or "\*" for all actions\): AWS rejects the policy\.$/,
    },
    {
      name: 'stray spaces are trimmed',
      code: statement('[⟦" connect:StartChatContact"⟧, ⟦"s3:GetObject "⟧, ⟦" * "⟧]'),
      output: statement('["connect:StartChatContact", "s3:GetObject", "*"]'),
    },
    {
      name: 'another separator between a known service and action',
      code: statement('[⟦"connect.StartChatContact"⟧, ⟦"s3::GetObject"⟧, ⟦"s3 : PutObject"⟧]'),
      message: /Did you mean "connect:StartChatContact"\?|Did you mean "s3:GetObject"\?|Did you mean "s3:PutObject"\?/,
      output: statement('["connect:StartChatContact", "s3:GetObject", "s3:PutObject"]'),
    },
    { name: 'two colons of unknown parts: no guess', code: statement('⟦"a:b:c"⟧'), message: /AWS rejects the policy\.$/ },
    { name: 'not a string, in NotAction too', code: policy('{"Effect": "Deny", "NotAction": [⟦42⟧, ⟦{"Name": "x"}⟧], "Resource": "*"}'), message: [/A number is not an action: each NotAction entry/, /An object is not an action/] },
    { name: 'empty', code: statement('⟦""⟧') },
  ],
});
