import { conditionMultivaluedMissingQualifier } from '../../server/service/rules/conditions/conditionMultivaluedMissingQualifier';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionMultivaluedMissingQualifier, {
  valid: [
    withCondition('{"ForAnyValue:StringEquals": {"aws:TagKeys": "team"}, "Null": {"aws:TagKeys": "false"}, "StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}}'),
  ],
  invalid: [
    {
      code: withCondition('{"StringEquals": {⟦"aws:TagKeys"⟧: ["team", "env"]}}'),
      message: /aws:TagKeys can hold a list of values \(ArrayOfString\), and StringEquals without a set qualifier compares a single value: a request with several values fails the test whatever they are\. Use ForAnyValue:StringEquals \(true when any value matches\)\./,
      output: withCondition('{"ForAnyValue:StringEquals": {"aws:TagKeys": ["team", "env"]}}'),
    },
    {
      name: 'a negated operator becomes ForAllValues, keeping IfExists',
      code: withCondition('{"StringNotLikeIfExists": {⟦"aws:PrincipalOrgPaths"⟧: "o-a1b2c3/r-ab12/ou-ab12-11111111/*"}}'),
      output: withCondition('{"ForAllValues:StringNotLikeIfExists": {"aws:PrincipalOrgPaths": "o-a1b2c3/r-ab12/ou-ab12-11111111/*"}}'),
    },
  ],
});
