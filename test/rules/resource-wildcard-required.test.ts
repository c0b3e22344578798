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
    { name: 'known authorization resource: logs:DescribeLogGroups on every log group of the account', code: policy(allow('logs:DescribeLogGroups', 'arn:aws:logs:*:*:log-group:*')) },
    { name: 'known authorization resource: eks:CreateCluster on the cluster ARN', code: policy(allow('eks:CreateCluster', 'arn:aws:eks:us-east-1:123456789012:cluster/prod')) },
    { name: 'a grant AWS documents: s3:ListAllMyBuckets on arn:aws:s3:::*', code: policy(allow('s3:ListAllMyBuckets', 'arn:aws:s3:::*')) },
    { name: 'Deny', code: policy('{"Effect": "Deny", "Action": "connect:ListInstances", "Resource": "arn:aws:connect:*:*:instance/*"}') },
  ],
  invalid: [
    {
      name: 'the only action: the resource becomes "*"',
      code: mark(policy(allow('connect:SendChatIntegrationEvent', INSTANCE_ARN)), 'connect:SendChatIntegrationEvent'),
      message: /The Service Authorization Reference \(data of \d{4}-\d\d-\d\d\) lists no resource type for connect:SendChatIntegrationEvent: AWS documents it as authorized against "\*"/,
      severity: 'warning',
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
