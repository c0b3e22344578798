import { versionInvalid } from '../../server/service/rules/structure/versionInvalid';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(versionInvalid, {
  valid: [
    '{"Version": "2012-10-17", "Statement": []}',
    '{"Version": "2008-10-17", "Statement": []}',
    { name: 'missing is another rule', code: '{"Statement": []}' },
    { name: 'CloudFormation intrinsic', code: '{"Version": {"Ref": "PolicyVersion"}, "Statement": []}' },
  ],
  invalid: [
    {
      name: 'a near miss has one right answer',
      code: '{"Version": ⟦"2012-10-7"⟧, "Statement": []}',
      message: /"2012-10-7" is not a policy language version: AWS rejects the policy\. Use "2012-10-17"/,
      output: '{"Version": "2012-10-17", "Statement": []}',
    },
    {
      name: 'near the old version',
      code: '{"Version": ⟦"2008-10-71"⟧, "Statement": []}',
      output: '{"Version": "2008-10-17", "Statement": []}',
    },
    {
      name: 'not a version at all: the current one is offered',
      code: '{"Version": ⟦"latest"⟧, "Statement": []}',
      output: '{"Version": "2012-10-17", "Statement": []}',
    },
    { name: 'a number', code: '{"Version": ⟦2012⟧, "Statement": []}', message: /A number is not a policy language version/ },
  ],
});
