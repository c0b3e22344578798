import assert from 'node:assert/strict';
import { it } from 'node:test';
import { actionUnknown } from '../../server/service/rules/actions/actionUnknown';
import { loadCatalog } from '../../server/service/catalog/nodeCatalogSource';
import { policy, service } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

const statement = (action: string) => policy(`{"Effect": "Allow", "Action": ${action}, "Resource": "*"}`);

ruleTable(actionUnknown, {
  valid: [
    statement('["connect:StartChatContact", "s3:GetObject"]'),
    { name: 'case differences are not findings', code: statement('["connect:startchatcontact", "S3:GETOBJECT", "Connect:StartChatContact"]') },
    { name: 'Connect Participant Service APIs belong to the Connect rules', code: statement('["connect:SendMessage", "connect:CreateParticipantConnection", "connect:GetTranscript"]') },
    { name: 'a Participant API name that is also a Connect action', code: statement('"connect:DescribeView"') },
    { name: 'wildcards and unknown services are other rules\' findings', code: statement('["s3:Get*Objectt", "s4:GetObjectt", "*"]') },
  ],
  invalid: [
    {
      name: 'a typo with one close action',
      code: statement('["connect:⟦StartChatContacts⟧", "s3:⟦GetObjects⟧"]'),
      message: [/"StartChatContacts" is not an action of Amazon Connect in the Service Authorization Reference data of \d{4}-\d{2}-\d{2}: the statement gets nothing from this entry\. Did you mean "StartChatContact"\?/, /Did you mean "GetObject"\?/],
      output: statement('["connect:StartChatContact", "s3:GetObject"]'),
    },
    {
      name: 'in NotAction',
      code: policy('{"Effect": "Deny", "NotAction": "iam:⟦PassRolez⟧", "Resource": "*"}'),
      message: /NotAction excludes nothing/,
      output: policy('{"Effect": "Deny", "NotAction": "iam:PassRole", "Resource": "*"}'),
    },
    {
      name: 'nothing close: the action may be newer than the data, whose date the message gives',
      code: statement('"connect:⟦OpenTheChatWindowPlease⟧"'),
      message: new RegExp(`data of ${loadCatalog().date}: the statement gets nothing from this entry\\. If AWS added it after that date, update Connect IAM\\.$`),
    },
  ],
});

void it('fix-all leaves an unknown action alone even with one suggestion: the action may be newer than the data', () => {
  const text = statement('"connect:StartChatContacts"');
  assert.equal(service().fixAll({ uri: 'file:///test/policy.json', text, languageId: 'json' }), text);
});
