import { conditionOperatorUnknown } from '../../server/service/rules/conditions/conditionOperatorUnknown';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionOperatorUnknown, {
  valid: [
    withCondition('{"StringEquals": {"connect:InstanceId": "x"}, "ForAnyValue:StringLikeIfExists": {"aws:TagKeys": "a*"}}'),
    { name: 'operator names are case-insensitive', code: withCondition('{"stringequals": {"connect:InstanceId": "x"}, "NUMERICLESSTHAN": {"aws:MultiFactorAuthAge": "3600"}}') },
  ],
  invalid: [
    {
      name: 'a typo in the operator',
      code: withCondition('{⟦"StringEqual"⟧: {"connect:InstanceId": "x"}}'),
      message: /"StringEqual" is not an IAM condition operator: IAM rejects the policy \(MalformedPolicyDocument\)\. Did you mean "StringEquals"\?/,
      output: withCondition('{"StringEquals": {"connect:InstanceId": "x"}}'),
    },
    {
      name: 'a typo in the qualifier keeps the rest',
      code: withCondition('{⟦"ForAllValue:StringLike"⟧: {"aws:TagKeys": "a*"}}'),
      message: /"ForAllValue:" is not a set qualifier.*Did you mean "ForAllValues:StringLike"\?/,
      output: withCondition('{"ForAllValues:StringLike": {"aws:TagKeys": "a*"}}'),
    },
    {
      name: 'a typo before IfExists keeps IfExists',
      code: withCondition('{⟦"IpAdressIfExists"⟧: {"aws:SourceIp": "203.0.113.0/24"}}'),
      output: withCondition('{"IpAddressIfExists": {"aws:SourceIp": "203.0.113.0/24"}}'),
    },
    { name: 'nothing close', code: withCondition('{⟦"MatchesSomehow"⟧: {"aws:SourceIp": "x"}}'), message: /MalformedPolicyDocument\)\.$/ },
  ],
});
