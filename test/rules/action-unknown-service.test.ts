import { actionUnknownService } from '../../server/service/rules/actions/actionUnknownService';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

const statement = (action: string) => policy(`{"Effect": "Allow", "Action": ${action}, "Resource": "*"}`);

ruleTable(actionUnknownService, {
  valid: [
    statement('["connect:StartChatContact", "S3:GetObject", "CONNECT:*", "*"]'),
    { name: 'Connect Participant Service names belong to the Connect rules', code: statement('["connect-participant:SendMessage", "connectparticipant:*"]') },
    { name: 'wildcard prefixes are action-wildcard-no-match\'s', code: statement('"zz*:Get"') },
    { name: 'CloudFormation intrinsic', code: statement('{"Fn::Sub": "${Prefix}:GetObject"}') },
  ],
  invalid: [
    {
      name: 'one close service',
      code: statement('["⟦s4⟧:GetObject", "⟦conect⟧:StartChatContact"]'),
      message: [/"s4" is not a service prefix in the Service Authorization Reference data of \d{4}-\d{2}-\d{2}: the statement gets nothing from this entry\. Did you mean "s3" \(Amazon S3\)\?/, /Did you mean "connect" \(Amazon Connect\)\?/],
      output: statement('["s3:GetObject", "connect:StartChatContact"]'),
    },
    {
      name: 'several close services: each is offered',
      code: statement('"⟦ec⟧:DescribeInstances"'),
      message: /Did you mean "ce" \(.*\) or "ec2" \(.*\) or/,
      fixTitle: /ec2/,
      output: statement('"ec2:DescribeInstances"'),
    },
    {
      name: 'in NotAction the statement widens',
      code: policy('{"Effect": "Deny", "NotAction": "⟦iamm⟧:*", "Resource": "*"}'),
      message: /NotAction excludes nothing with this entry, so the statement covers more than intended\. Did you mean "iam"/,
      output: policy('{"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}'),
    },
    {
      name: 'nothing close: a retired service or one newer than the data',
      code: statement('"⟦constructor⟧:x"'),
      message: /this entry\. A retired service no longer has actions; a service launched since needs an updated Connect IAM\.$/,
    },
    {
      name: 'an escaped string is replaced whole',
      code: statement('⟦"s\\u0034:GetObject"⟧'),
      output: statement('"s3:GetObject"'),
    },
  ],
});
