import { resourceElementMissing } from '../../server/service/rules/structure/resourceElementMissing';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(resourceElementMissing, {
  valid: [
    policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
    policy('{"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::secret/*"}'),
    {
      name: 'a trust policy needs a Principal, not a Resource',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}',
    },
    { name: 'a misspelled Resources is unknown-element\'s finding', code: policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resources": "*"}') },
  ],
  invalid: [
    {
      code: policy('⟦{⟧"Effect": "Allow", "Action": "connect:StartChatContact"}'),
      message: /no Resource or NotResource: AWS rejects an identity policy statement without one/,
    },
    {
      name: 'in each statement that lacks one',
      code: policy('⟦{⟧"Effect": "Allow", "Action": "s3:GetObject"}', '{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}', '⟦{⟧"Effect": "Deny", "Action": "s3:DeleteObject"}'),
    },
  ],
});
