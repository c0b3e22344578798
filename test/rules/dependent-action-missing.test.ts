import { dependentActionMissing } from '../../server/service/rules/connect/dependentActionMissing';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { allow, FLOWS_ARN, INSTANCE_ARN } from '../connect/fixtures';

const outbound = allow('connect:StartOutboundChatContact', [FLOWS_ARN, INSTANCE_ARN]);

ruleTable(dependentActionMissing, {
  valid: [
    policy(allow('connect:StartChatContact', FLOWS_ARN)),
    policy(outbound, allow(['wisdom:GetMessageTemplate', 'wisdom:RenderMessageTemplate'], '*')),
    policy(outbound, allow('wisdom:*MessageTemplate', '*')),
    { name: 'Deny', code: policy('{"Effect": "Deny", "Action": "connect:StartOutboundChatContact", "Resource": "*"}') },
  ],
  invalid: [
    {
      code: policy(outbound.replace('"connect:StartOutboundChatContact"', '⟦"connect:StartOutboundChatContact"⟧')),
      message: /also needs wisdom:GetMessageTemplate and wisdom:RenderMessageTemplate/,
      output: `{
  "Version": "2012-10-17",
  "Statement": [
    ${outbound},
    {
      "Effect": "Allow",
      "Action": [
        "wisdom:GetMessageTemplate",
        "wisdom:RenderMessageTemplate"
      ],
      "Resource": "*"
    }
  ]
}
`,
    },
    {
      name: 'one of two present',
      code: policy(outbound.replace('"connect:StartOutboundChatContact"', '⟦"connect:StartOutboundChatContact"⟧'), allow('wisdom:GetMessageTemplate', '*')),
      message: /also needs wisdom:RenderMessageTemplate \(/,
    },
  ],
});
