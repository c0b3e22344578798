import { actionWildcardNoMatch } from '../../server/service/rules/actions/actionWildcardNoMatch';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

const statement = (action: string) => policy(`{"Effect": "Allow", "Action": ${action}, "Resource": "*"}`);

ruleTable(actionWildcardNoMatch, {
  valid: [
    statement('["connect:Start*", "connect:*Chat*", "s3:Get?bject", "*", "s3:*", "CONNECT:start*"]'),
    { name: 'wildcard prefixes that match a service', code: statement('["connect*:*", "s?:GetObject"]') },
    { name: 'plain names are other rules\' findings', code: statement('["s3:GetObjectt", "s4:Get*"]') },
  ],
  invalid: [
    {
      code: statement('["connect:⟦Start*Chatt⟧", "s3:⟦Get?Objects⟧"]'),
      message: [/No action of Amazon Connect in the Service Authorization Reference data of \d{4}-\d{2}-\d{2} matches "Start\*Chatt": the statement gets nothing from this entry\. Type "connect:" to see its actions\./, /Amazon S3/],
    },
    { name: 'a prefix pattern that matches no service', code: statement('"⟦zz*⟧:Get*"'), message: /No service prefix in the Service Authorization Reference data of \d{4}-\d{2}-\d{2} matches "zz\*"/ },
    { name: 'in NotAction', code: policy('{"Effect": "Deny", "NotAction": "iam:⟦Pass*Rolez⟧", "Resource": "*"}'), message: /NotAction excludes nothing/ },
  ],
});
