import { connectFlowWithoutAction } from '../../server/service/rules/connect/connectFlowWithoutAction';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { allow, CONTACTS_ARN, FLOW_ARN, FLOWS_ARN } from '../connect/fixtures';

const mark = (text: string, what: string) => text.replace(`"${what}"`, `⟦"${what}"⟧`);

ruleTable(connectFlowWithoutAction, {
  valid: [
    policy(allow('connect:StartChatContact', FLOWS_ARN)),
    policy(allow(['connect:DescribeContactFlow'], FLOW_ARN)),
    { name: 'an unknown action might use it', code: policy(allow(['connect:NoSuchAction'], FLOWS_ARN)) },
    {
      name: 'StartChatContact is there but the ARN is broken (arn-service-case says so)',
      code: policy(allow('connect:StartChatContact', FLOWS_ARN.replace('arn:aws:connect:', 'arn:aws:Connect:'))),
    },
    { name: 'Deny', code: policy(`{"Effect": "Deny", "Action": "connect:DescribeContact", "Resource": "${FLOWS_ARN}"}`) },
  ],
  invalid: [
    {
      code: mark(policy(allow('connect:DescribeContact', [CONTACTS_ARN, FLOWS_ARN])), FLOWS_ARN),
      message: /used by none of this statement's actions.*connect:StartChatContact/,
      output: policy(allow(['connect:DescribeContact', 'connect:StartChatContact'], [CONTACTS_ARN, FLOWS_ARN])).replace('["connect:DescribeContact","connect:StartChatContact"]', '["connect:DescribeContact", "connect:StartChatContact"]'),
    },
    {
      name: 'only participant APIs were allowed',
      code: mark(policy(allow(['connect:SendMessage'], FLOWS_ARN)), FLOWS_ARN),
      output: policy(allow(['connect:SendMessage', 'connect:StartChatContact'], FLOWS_ARN)).replace('","', '", "'),
    },
  ],
});
