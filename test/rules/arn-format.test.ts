import { arnFormat } from '../../server/service/rules/arn/arnFormat';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { FLOWS_ARN } from '../connect/fixtures';

const statement = (resource: string) => `{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": ${resource}}`;

export const API_GATEWAY_RESOURCE_POLICY = (resource: string) => `{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "${resource}"}`;

ruleTable(arnFormat, {
  valid: [
    policy(statement(`"${FLOWS_ARN}"`)),
    policy(statement('"*"')),
    policy(statement('{"Fn::Sub": "arn:${AWS::Partition}:connect:x"}')),
    { name: "API Gateway resource policy's short form", code: policy(API_GATEWAY_RESOURCE_POLICY('execute-api:/*')) },
    { name: 'the short form naming a stage, method and path', code: policy(API_GATEWAY_RESOURCE_POLICY('execute-api:/prod/GET/pets')) },
  ],
  invalid: [
    { code: policy(statement(`"⟦ARN:aws:connect:us-east-1:123456789012:instance/x⟧"`)), message: /lower-case "arn:"/, output: policy(statement('"arn:aws:connect:us-east-1:123456789012:instance/x"')) },
    { code: policy(statement(`"⟦ ${FLOWS_ARN} ⟧"`)), message: /spaces/, output: policy(statement(`"${FLOWS_ARN}"`)) },
    { code: policy(statement('"⟦connect:instance/abc/contact-flow/*⟧"')), message: /is not an ARN/ },
    { name: 'the short form outside a resource policy', code: policy('{"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "⟦execute-api:/*⟧"}'), message: /is not an ARN/ },
    { name: 'NotResource too', code: policy('{"Effect": "Deny", "Action": "s3:*", "NotResource": "⟦my-bucket⟧"}'), message: /is not an ARN/ },
  ],
});
