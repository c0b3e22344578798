import { conditionValueType } from '../../server/service/rules/conditions/conditionValueType';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionValueType, {
  valid: [
    withCondition('{"Bool": {"aws:SecureTransport": true}, "NumericLessThan": {"aws:MultiFactorAuthAge": 3600}, "StringEquals": {"aws:SourceVpc": ["vpc-1a2b3c4d"]}}'),
    { name: 'one JSON type per list', code: withCondition('{"NumericLessThan": {"aws:MultiFactorAuthAge": [3600, 7200]}, "StringEquals": {"aws:SourceVpc": ["vpc-1a2b3c4d", "vpc-0a1b2c3d"]}}') },
    { name: 'CloudFormation intrinsics are not judged', code: withCondition('{"StringEquals": {"aws:SourceVpc": {"Ref": "Vpc"}, "aws:SourceVpce": [{"Fn::ImportValue": "Endpoint"}]}}') },
  ],
  invalid: [
    {
      code: withCondition('{"StringEquals": {"aws:SourceVpc": ⟦{"id": "vpc-1a2b3c4d"}⟧, "aws:SourceVpce": ["vpce-1a2b3c4d", ⟦null⟧, ⟦["x"]⟧]}}'),
      message: [/not an object: IAM rejects the policy/, /not null/, /not a nested list/],
    },
    {
      name: 'a list that mixes JSON types (Access Analyzer: Invalid condition data type)',
      code: withCondition('{"NumericLessThan": {"aws:MultiFactorAuthAge": ⟦[3600, "7200"]⟧}}'),
      message: /^The values of aws:MultiFactorAuthAge mix JSON types \(number and string\): Access Analyzer reports this as an error\. Write them all as strings, such as \["3600","7200"\]\.$/,
    },
  ],
});
