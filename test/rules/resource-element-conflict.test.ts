import { resourceElementConflict } from '../../server/service/rules/structure/resourceElementConflict';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(resourceElementConflict, {
  valid: [policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Effect": "Deny", "Action": "s3:*", "NotResource": "arn:aws:s3:::public/*"}')],
  invalid: [
    {
      code: policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", ⟦"NotResource"⟧: "arn:aws:s3:::secret/*"}'),
      message: /Resource or NotResource, not both: AWS rejects it/,
    },
    {
      name: 'in a resource policy too',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::a/*", ⟦"Resource"⟧: "*"}]}',
    },
  ],
});
