import { connectParticipantAction } from '../../server/service/rules/connect/connectParticipantAction';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { allow, FLOWS_ARN } from '../connect/fixtures';

const mark = (text: string, ...what: string[]) => what.reduce((t, w) => t.replace(`"${w}"`, `⟦"${w}"⟧`), text);

ruleTable(connectParticipantAction, {
  valid: [policy(allow('connect:StartChatContact', FLOWS_ARN)), policy(allow('connect:DescribeView', '*'))],
  invalid: [
    {
      code: mark(policy(allow(['connect:StartChatContact', 'connect:SendMessage', 'connect:GetTranscript'], FLOWS_ARN)), 'connect:SendMessage', 'connect:GetTranscript'),
      message: /Connect Participant Service API, not an IAM action.*participant.*tokens.*grants nothing/,
    },
    {
      name: 'removing one of several',
      code: mark(policy(allow(['connect:StartChatContact', 'connect:CreateParticipantConnection'], FLOWS_ARN)), 'connect:CreateParticipantConnection'),
      output: `{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": ["connect:StartChatContact"], "Resource": "${FLOWS_ARN}"}
  ]
}
`,
    },
    {
      name: 'a statement of participant APIs only is removed',
      code: mark(policy(allow('connect:StartChatContact', FLOWS_ARN), allow('connectparticipant:*', '*')), 'connectparticipant:*'),
      output: `{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "${FLOWS_ARN}"}
  ]
}
`,
    },
    { name: 'the only statement: no fix', code: mark(policy(allow('connect-participant:SendEvent', '*')), 'connect-participant:SendEvent') },
  ],
});
