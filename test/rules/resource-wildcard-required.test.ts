import { resourceWildcardRequired } from '../../server/service/rules/resources/resourceWildcardRequired';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { allow, FLOWS_ARN, INSTANCE_ARN } from '../connect/fixtures';

const mark = (text: string, what: string) => text.replace(`"${what}"`, `⟦"${what}"⟧`);

ruleTable(resourceWildcardRequired, {
  valid: [
    policy(allow('connect:ListInstances', '*')),
    policy(allow(['connect:SendChatIntegrationEvent', 'connect:StartChatContact'], ['*'])),
    { name: 'allowed on "*" by another statement', code: policy(allow('connect:ListInstances', '*'), allow(['connect:ListInstances', 'connect:StartChatContact'], FLOWS_ARN)) },
    { name: 'Deny', code: policy('{"Effect": "Deny", "Action": "connect:ListInstances", "Resource": "arn:aws:connect:*:*:instance/*"}') },
  ],
  invalid: [
    {
      name: 'the only action: the resource becomes "*"',
      code: mark(policy(allow('connect:SendChatIntegrationEvent', INSTANCE_ARN)), 'connect:SendChatIntegrationEvent'),
      message: /has no resource-level permissions: AWS authorizes it against "\*"/,
      output: policy(allow('connect:SendChatIntegrationEvent', '*')),
    },
    {
      name: 'among scoped actions: moved to its own statement',
      code: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "connect:StartChatContact",
        ⟦"connect:ListInstances"⟧
      ],
      "Resource": "${FLOWS_ARN}"
    }
  ]
}
`,
      output: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "connect:StartChatContact"
      ],
      "Resource": "${FLOWS_ARN}"
    },
    {
      "Effect": "Allow",
      "Action": "connect:ListInstances",
      "Resource": "*"
    }
  ]
}
`,
    },
  ],
});
