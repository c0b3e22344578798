import assert from 'node:assert/strict';
import { it } from 'node:test';
import { connectArnSegment } from '../../server/service/rules/arn/connectArnSegment';
import { ruleTable } from '../helpers/ruleTable';
import { policy, service } from '../helpers/service';
import { INSTANCE_ARN } from '../connect/fixtures';

const statement = (action: string, resource: string) => `{"Effect": "Allow", "Action": "${action}", "Resource": "${resource}"}`;

ruleTable(connectArnSegment, {
  valid: [
    policy(statement('connect:DescribeUser', `${INSTANCE_ARN}/agent/*`)),
    policy(statement('connect:DescribeQuickConnect', `${INSTANCE_ARN}/transfer-destination/*`)),
    policy(statement('connect:DescribeHoursOfOperation', `${INSTANCE_ARN}/operating-hours/*`)),
    policy(statement('connect:DescribeContactFlowModule', `${INSTANCE_ARN}/flow-module/*`)),
    policy(statement('connect:DescribePhoneNumber', 'arn:aws:connect:us-east-1:123456789012:phone-number/*')),
    policy(statement('connect:StartChatContact', `${INSTANCE_ARN}/*`)),
    { name: 'GetFederationToken is authorized against instance/ID/user/USER (Amazon Connect SAML set-up)', code: policy(statement('connect:GetFederationToken', `${INSTANCE_ARN}/user/\${aws:userid}`)) },
  ],
  invalid: [
    { code: policy(statement('connect:DescribeUser', `${INSTANCE_ARN}/⟦user⟧/*`)), message: /no "user\/" segment.*"agent\/"/, output: policy(statement('connect:DescribeUser', `${INSTANCE_ARN}/agent/*`)) },
    {
      code: policy(statement('connect:StartChatContact', `${INSTANCE_ARN}/⟦contact-flows⟧/*`)),
      message: /"contact-flow\/"/,
      output: policy(statement('connect:StartChatContact', `${INSTANCE_ARN}/contact-flow/*`)),
    },
    {
      code: policy(statement('connect:DescribeHoursOfOperation', `${INSTANCE_ARN}/⟦hours-of-operation⟧/*`)),
      output: policy(statement('connect:DescribeHoursOfOperation', `${INSTANCE_ARN}/operating-hours/*`)),
    },
    { name: 'a typo', code: policy(statement('connect:DescribeQueue', `${INSTANCE_ARN}/⟦queu⟧/*`)), output: policy(statement('connect:DescribeQueue', `${INSTANCE_ARN}/queue/*`)) },
    { name: 'first segment', code: policy(statement('connect:DescribeInstance', 'arn:aws:connect:us-east-1:123456789012:⟦instances⟧/*')), message: /"instance\/"/ },
  ],
});

void it('fix-all applies the known aliases (user/ -> agent/) but not typo guesses', () => {
  const text = policy(
    statement('connect:DescribeUser', `${INSTANCE_ARN}/user/*`),
    statement('connect:DescribeQueue', `${INSTANCE_ARN}/queu/*`),
  );
  const fixed = service().fixAll({ uri: 'file:///test/policy.json', text });
  assert.ok(fixed.includes(`${INSTANCE_ARN}/agent/*`));
  assert.ok(fixed.includes(`${INSTANCE_ARN}/queu/*`));
});
