import { arnFormat } from '../../server/service/rules/arn/arnFormat';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { FLOWS_ARN } from '../connect/fixtures';

const statement = (resource: string) => `{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": ${resource}}`;

ruleTable(arnFormat, {
  valid: [policy(statement(`"${FLOWS_ARN}"`)), policy(statement('"*"')), policy(statement('{"Fn::Sub": "arn:${AWS::Partition}:connect:x"}'))],
  invalid: [
    { code: policy(statement(`"⟦ARN:aws:connect:us-east-1:123456789012:instance/x⟧"`)), message: /lower-case "arn:"/, output: policy(statement('"arn:aws:connect:us-east-1:123456789012:instance/x"')) },
    { code: policy(statement(`"⟦ ${FLOWS_ARN} ⟧"`)), message: /spaces/, output: policy(statement(`"${FLOWS_ARN}"`)) },
    { code: policy(statement('"⟦connect:instance/abc/contact-flow/*⟧"')), message: /is not an ARN/ },
    { name: 'NotResource too', code: policy('{"Effect": "Deny", "Action": "s3:*", "NotResource": "⟦my-bucket⟧"}'), message: /is not an ARN/ },
  ],
});
