import { jsonTrailingComma } from '../../server/service/rules/json/jsonTrailingComma';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(jsonTrailingComma, {
  valid: [
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "*"}]}',
    { name: 'commas inside strings', code: '{"Version": "2012-10-17", "Statement": [{"Sid": "a", "Resource": "arn:aws:s3:::b,]"}]}' },
    { name: 'not a policy', code: '{"name": "pkg", "files": ["a",],}' },
  ],
  invalid: [
    {
      name: 'after the last array element',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"⟦,⟧ ], "Resource": "*"}]}',
      message: /Remove the comma/,
      output: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject" ], "Resource": "*"}]}',
    },
    {
      name: 'after the last property, with a comment between',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": []⟦,⟧ // end\n}',
      output: '{\n  "Version": "2012-10-17",\n  "Statement": [] // end\n}',
    },
    {
      name: 'several at once',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"⟦,⟧}⟦,⟧]⟦,⟧}',
      output: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]}',
    },
  ],
});
