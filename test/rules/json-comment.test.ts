import { jsonComment } from '../../server/service/rules/json/jsonComment';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(jsonComment, {
  valid: [
    '{"Version": "2012-10-17", "Statement": []}',
    { name: 'a string that looks like a comment', code: '{"Version": "2012-10-17", "Statement": [{"Sid": "x", "Resource": "arn:aws:s3:::b//c/*"}]}' },
    { name: 'not a policy', code: '{\n  // a tsconfig comment\n  "compilerOptions": {}\n}' },
  ],
  invalid: [
    {
      name: 'a line comment alone on its line',
      code: '{\n  ⟦// chat backend⟧\n  "Version": "2012-10-17",\n  "Statement": []\n}',
      message: /AWS rejects/,
      output: '{\n  "Version": "2012-10-17",\n  "Statement": []\n}',
    },
    {
      name: 'a block comment after code',
      code: '{\n  "Version": "2012-10-17", ⟦/* current */⟧\n  "Statement": []\n}',
      output: '{\n  "Version": "2012-10-17",\n  "Statement": []\n}',
    },
    {
      name: 'two comments',
      code: '{⟦/*a*/⟧"Version": "2012-10-17", ⟦// b⟧\n"Statement": []}',
      output: '{"Version": "2012-10-17",\n"Statement": []}',
    },
  ],
});
