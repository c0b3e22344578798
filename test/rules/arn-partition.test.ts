import { arnPartition } from '../../server/service/rules/arn/arnPartition';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';

const statement = (resource: string) => `{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "${resource}"}`;
const flow = (partition: string, region = 'us-east-1') => `arn:${partition}:connect:${region}:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d/contact-flow/*`;

ruleTable(arnPartition, {
  valid: [
    policy(statement(flow('aws'))),
    policy(statement(flow('aws-cn', 'cn-north-1'))),
    policy(statement(flow('aws-us-gov', 'us-gov-west-1'))),
    policy(statement(flow('aws-iso-b', 'us-isob-east-1'))),
    policy(statement(flow('aws-eusc', 'eusc-de-east-1'))),
    policy(statement(flow('*'))),
    { name: 'a placeholder is arn-placeholder’s finding', code: policy(statement(flow('PARTITION'))) },
  ],
  invalid: [
    { code: policy(statement(flow('⟦aws-gov⟧', 'us-gov-west-1'))), message: /Did you mean "aws-us-gov"/, output: policy(statement(flow('aws-us-gov', 'us-gov-west-1'))) },
    { code: policy(statement(flow('⟦AWS⟧'))), message: /not an AWS partition/, output: policy(statement(flow('aws'))) },
    { code: policy(statement(flow('⟦aws-cm⟧', 'cn-north-1'))), output: policy(statement(flow('aws-cn', 'cn-north-1'))) },
    { name: 'empty', code: policy(statement(flow('⟦⟧'))), message: /partition is empty/, output: policy(statement(flow('aws'))) },
  ],
});
