import { arnAccount } from '../../server/service/rules/arn/arnAccount';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';

const statement = (resource: string, action = 'connect:StartChatContact') => `{"Effect": "Allow", "Action": "${action}", "Resource": "${resource}"}`;
const flow = (account: string) => `arn:aws:connect:us-east-1:${account}:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d/contact-flow/*`;

ruleTable(arnAccount, {
  valid: [
    policy(statement(flow('123456789012'))),
    policy(statement(flow('*'))),
    policy(statement(flow('ACCOUNT_ID'))),
    policy(statement('arn:aws:s3:::chat-transcripts/*', 's3:GetObject')),
    policy(statement('arn:aws:iam::aws:policy/AmazonConnect_FullAccess', 'iam:GetPolicy')),
    { name: 'an AWS-managed SSM document', code: policy(statement('arn:aws:ssm:us-east-1::document/AWS-RunShellScript', 'ssm:SendCommand')) },
    { name: 'an AWS-owned SSM document whose name is not AWS-', code: policy(statement('arn:aws:ssm:*::document/AwsVssComponents-*', 'ssm:SendCommand')) },
    { name: 'any AWS-owned SSM document', code: policy(statement('arn:aws:ssm:*::document/*', 'ssm:SendCommand')) },
    { name: 'an AWS-owned Automation runbook definition', code: policy(statement('arn:aws:ssm:*::automation-definition/AWS-*:*', 'ssm:StartAutomationExecution')) },
    { name: 'a public SSM parameter', code: policy(statement('arn:aws:ssm:*::parameter/aws/service/ami-amazon-linux-latest/*', 'ssm:GetParameter')) },
  ],
  invalid: [
    { code: policy(statement(flow('⟦1234-5678-9012⟧'))), message: /without dashes/, output: policy(statement(flow('123456789012'))) },
    { code: policy(statement(flow('⟦12345678901⟧'))), message: /not an account ID/ },
    { code: policy(statement(flow('⟦⟧'))), message: /include the 12-digit account ID/ },
    { name: 'a KMS key has an account', code: policy(statement('arn:aws:kms:*:⟦⟧:key/*', 'kms:Decrypt')), message: /kms key ARNs include the 12-digit account ID/ },
    { name: 'a customer SSM parameter', code: policy(statement('arn:aws:ssm:us-east-1:⟦⟧:parameter/app/db', 'ssm:GetParameter')), message: /include the 12-digit account ID/ },
    {
      name: 'S3 bucket ARNs have no account',
      code: policy(statement('arn:aws:s3::⟦123456789012⟧:chat-transcripts', 's3:ListBucket')),
      message: /s3 bucket ARNs have no account ID/,
      output: policy(statement('arn:aws:s3:::chat-transcripts', 's3:ListBucket')),
    },
  ],
});
