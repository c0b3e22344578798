import { versionMissing } from '../../server/service/rules/structure/versionMissing';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(versionMissing, {
  valid: [
    '{"Version": "2012-10-17", "Statement": []}',
    { name: 'the old version is still a version', code: '{"Version": "2008-10-17", "Statement": []}' },
    { name: 'not a policy', code: '{"name": "pkg", "version": "1.0.0"}' },
  ],
  invalid: [
    {
      name: 'root policy',
      code: '⟦{⟧\n  "Statement": []\n}',
      message: /2008-10-17.*Add "Version": "2012-10-17"/,
      output: '{\n  "Version": "2012-10-17",\n  "Statement": []\n}',
    },
    {
      name: 'embedded in CloudFormation, Version goes first',
      code: '{"Resources": {"P": {"Properties": {"PolicyDocument": ⟦{⟧\n      "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]\n    }}}}}',
      output:
        '{"Resources": {"P": {"Properties": {"PolicyDocument": {\n      "Version": "2012-10-17",\n      "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]\n    }}}}}',
    },
  ],
});
