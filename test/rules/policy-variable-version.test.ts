import { policyVariableVersion } from '../../server/service/rules/conditions/policyVariableVersion';
import { ruleTable } from '../helpers/ruleTable';

const statement = '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/MARK"}';
const doc = (version: string | undefined, resource: string) =>
  `{${version === undefined ? '' : `"Version": "${version}", `}"Statement": [${statement.replace('MARK', resource)}]}`;

ruleTable(policyVariableVersion, {
  valid: [doc('2012-10-17', '${aws:username}/*'), { name: 'no variable, no finding', code: doc('2008-10-17', 'public/*') }],
  invalid: [
    {
      code: doc('2008-10-17', '⟦${aws:username}⟧/*'),
      message: /Policy variables need "Version": "2012-10-17"\. Under "Version": "2008-10-17", AWS reads \$\{aws:username\} as literal text, so this Resource never matches a real request\./,
      output: doc('2012-10-17', '${aws:username}/*'),
    },
    {
      name: 'no Version at all',
      code: doc(undefined, '⟦${aws:username}⟧/*'),
      message: /Under no Version \(which means 2008-10-17\)/,
      output: doc('2012-10-17', '${aws:username}/*'),
    },
  ],
});
