import { policyVariablePosition } from '../../server/service/rules/conditions/policyVariablePosition';
import { withCondition } from '../conditions/statement';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(policyVariablePosition, {
  valid: [
    withCondition('{"StringEquals": {"aws:PrincipalTag/team": "${aws:username}"}}', { resource: '"arn:aws:s3:::b/${aws:username}"' }),
    {
      name: 'a CloudFormation Fn::Sub in a Principal (its ${...} are template parameters)',
      code: policy('{"Effect": "Allow", "Principal": {"AWS": {"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"}}, "Action": "kms:*", "Resource": "*"}'),
    },
  ],
  invalid: [
    {
      code: policy('{"Effect": "Allow", "Action": "s3:⟦${aws:username}⟧", "Resource": "*"}'),
      message: /AWS replaces policy variables only in Resource, NotResource and the values of String and ARN condition operators, not in an Action: \$\{aws:username\} stays literal text, so this never matches a real request\./,
    },
    { name: 'a condition key name', code: withCondition('{"StringEquals": {"aws:PrincipalTag/⟦${aws:username}⟧": "x"}}'), message: /not in a condition key/ },
    {
      name: 'a value of a Date or Numeric operator (Access Analyzer: Invalid variable for operator)',
      code: withCondition('{"DateGreaterThan": {"aws:CurrentTime": "⟦${aws:TokenIssueTime}⟧"}, "NumericLessThan": {"aws:MultiFactorAuthAge": "⟦${aws:EpochTime}⟧"}}'),
      message: [/not in a value of DateGreaterThan: \$\{aws:TokenIssueTime\} stays literal text/, /not in a value of NumericLessThan:/],
    },
    { name: 'a Principal', code: policy('{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/⟦${aws:username}⟧"}, "Action": "s3:GetObject", "Resource": "*"}'), message: /not in a Principal/ },
  ],
});
