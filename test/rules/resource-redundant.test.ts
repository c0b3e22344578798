import { resourceRedundant } from '../../server/service/rules/suggestions/resourceRedundant';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

const resources = (list: string) => policy(`{"Effect": "Allow", "Action": "iam:PassRole", "Resource": [${list}]}`);

ruleTable(resourceRedundant, {
  valid: [
    resources('"arn:aws:iam::111122223333:role/jane-admin", "arn:aws:iam::111122223333:role/john"'),
    { name: 'ARNs compare case-sensitively', code: resources('"arn:aws:iam::111122223333:role/Jane*", "arn:aws:iam::111122223333:role/jane-admin"') },
    { name: 'CloudFormation intrinsics are unknown', code: resources('{"Fn::Sub": "arn:aws:iam::${AWS::AccountId}:role/*"}, "arn:aws:iam::111122223333:role/jane"') },
  ],
  invalid: [
    {
      name: 'the example of Access Analyzer',
      code: resources('⟦"arn:aws:iam::111122223333:role/jane-admin"⟧, ⟦"arn:aws:iam::111122223333:role/jane-s3only"⟧, "arn:aws:iam::111122223333:role/jane*"'),
      message: /is redundant: "arn:aws:iam::111122223333:role\/jane\*" in this Resource already matches it/,
      output: resources('"arn:aws:iam::111122223333:role/jane*"'),
    },
    { name: 'a repeat', code: resources('"arn:aws:s3:::b", ⟦"arn:aws:s3:::b"⟧'), message: /is already in this Resource\. Remove the repeat\./ },
    { name: 'a pattern under a wider prefix', code: resources('"arn:aws:s3:::b*", ⟦"arn:aws:s3:::b/*"⟧') },
    { name: 'anything under "*"', code: resources('⟦"arn:aws:s3:::b/*"⟧, "*"') },
  ],
});
