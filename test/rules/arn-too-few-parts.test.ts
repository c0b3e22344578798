import { arnTooFewParts } from '../../server/service/rules/arn/arnTooFewParts';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';

const statement = (resource: string) => `{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "${resource}"}`;

ruleTable(arnTooFewParts, {
  valid: [policy(statement('arn:aws:connect:*')), policy(statement('arn:aws:s3:::bucket')), policy(statement('arn:aws:iam::123456789012:role/x'))],
  invalid: [
    { code: policy(`{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": ⟦"arn:aws:connect:us-east-1:123456789012"⟧}`), message: /has 5 colon-separated parts/ },
    { code: policy(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": ⟦"arn:aws:s3:bucket/key"⟧}`), message: /has 4/ },
  ],
});
