import { conditionArnValue } from '../../server/service/rules/conditions/conditionArnValue';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionArnValue, {
  valid: [withCondition('{"ArnLike": {"aws:SourceArn": ["arn:aws:connect:*:111122223333:instance/*", "*", "arn:aws:iam::${aws:PrincipalAccount}:role/x"]}}')],
  invalid: [
    {
      code: withCondition('{"ArnEquals": {"aws:SourceArn": [⟦"connect:instance/abc"⟧, ⟦"arn:aws:connect:us-east-1"⟧]}}'),
      message: [
        /"connect:instance\/abc" does not start with "arn:": ArnEquals compares ARNs part by part, so AWS never matches it/,
        /has 4 of the 6 colon-separated parts/,
      ],
    },
  ],
});
