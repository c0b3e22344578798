import { actionElementMissing } from '../../server/service/rules/structure/actionElementMissing';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(actionElementMissing, {
  valid: [
    policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'),
    policy('{"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}'),
    { name: 'a misspelled Actions is unknown-element\'s finding', code: policy('{"Effect": "Allow", "Actions": "s3:GetObject", "Resource": "*"}') },
  ],
  invalid: [
    { code: policy('⟦{⟧"Effect": "Allow", "Resource": "*"}'), message: /no Action or NotAction: AWS rejects it/ },
    {
      name: 'in a trust policy too',
      code: '{"Version": "2012-10-17", "Statement": [⟦{⟧"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}}]}',
    },
  ],
});
