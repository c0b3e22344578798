import { duplicateKey } from '../../server/service/rules/structure/duplicateKey';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(duplicateKey, {
  valid: [
    policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}', '{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}'),
    { name: 'outside the policy', code: '{"Name": "a", "Name": "b", "PolicyDocument": {"Version": "2012-10-17", "Statement": []}}' },
  ],
  invalid: [
    {
      name: 'two Action lists: AWS keeps one',
      code: policy('{"Effect": "Allow", "Action": "s3:GetObject", ⟦"Action"⟧: "s3:PutObject", "Resource": "*"}'),
      message: /Duplicate key "Action": AWS keeps only one of the values and silently ignores the other\. Merge them/,
    },
    {
      name: 'an exact repeat is removed',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "s3:GetObject",\n    "Resource": "*",\n    ⟦"Resource"⟧: "*"\n  }]\n}',
      message: /both are the same here/,
      output: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}',
    },
    {
      name: 'an exact repeat between other keys is removed, the first one kept',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "s3:GetObject",\n    ⟦"Effect"⟧: "Allow",\n    "Resource": "*"\n  }]\n}',
      message: /both are the same here/,
      output: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}',
    },
    {
      name: 'deep inside a Condition, and at the policy level',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/team": "a", ⟦"aws:PrincipalTag/team"⟧: "b"}}}], ⟦"Version"⟧: "2008-10-17"}',
    },
  ],
});
