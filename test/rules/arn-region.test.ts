import { arnRegion } from '../../server/service/rules/arn/arnRegion';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';

const statement = (resource: string, action = 'connect:StartChatContact') => `{"Effect": "Allow", "Action": "${action}", "Resource": "${resource}"}`;
const flow = (region: string, partition = 'aws') => `arn:${partition}:connect:${region}:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d/contact-flow/*`;

ruleTable(arnRegion, {
  valid: [
    policy(statement(flow('eu-west-2'))),
    policy(statement(flow('ap-southeast-7'))),
    policy(statement(flow('cn-northwest-1', 'aws-cn'))),
    policy(statement(flow('us-gov-west-1', 'aws-us-gov'))),
    policy(statement(flow('*'))),
    policy(statement(flow('us-*'))),
    policy(statement(flow('REGION'))),
    policy(statement('arn:aws:iam::123456789012:role/chat-backend', 'iam:PassRole')),
    policy(statement('arn:aws:s3:::chat-transcripts/*', 's3:GetObject')),
  ],
  invalid: [
    { code: policy(statement(flow('⟦us-east1⟧'))), message: /Did you mean "us-east-1"/, output: policy(statement(flow('us-east-1'))) },
    { name: 'an availability zone', code: policy(statement(flow('⟦eu-west-2a⟧'))), output: policy(statement(flow('eu-west-2'))) },
    { name: 'region of another partition', code: policy(statement(flow('⟦cn-north-1⟧'))), message: /in partition aws-cn, not aws/ },
    { name: 'GovCloud region under aws', code: policy(statement(flow('⟦us-gov-east-1⟧'))), message: /aws-us-gov, not aws/ },
    { name: 'plausible but unknown', code: policy(statement(flow('⟦us-east-9⟧'))), message: /not a region we know/ },
    {
      name: 'IAM ARNs have no region',
      code: policy(statement('arn:aws:iam:⟦us-east-1⟧:123456789012:role/chat-backend', 'iam:PassRole')),
      message: /iam role ARNs have no region/,
      output: policy(statement('arn:aws:iam::123456789012:role/chat-backend', 'iam:PassRole')),
    },
    { name: 'Connect ARNs need one', code: policy(statement('arn:aws:connect:⟦⟧:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d')), message: /include a region/ },
  ],
});
