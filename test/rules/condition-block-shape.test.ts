import { conditionBlockShape } from '../../server/service/rules/conditions/conditionBlockShape';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionBlockShape, {
  valid: [
    withCondition('{"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}'),
    { name: 'CloudFormation intrinsics', code: withCondition('{"Fn::If": ["Prod", {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}, {"Ref": "AWS::NoValue"}]}') },
    { name: 'an intrinsic operator block', code: withCondition('{"StringEquals": {"Ref": "Conditions"}}') },
  ],
  invalid: [
    { code: withCondition('⟦[{"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}]⟧'), message: /Condition must be an object of operators.*not a list: IAM rejects the policy/ },
    { name: 'an operator holding a value', code: withCondition('{"StringEquals": ⟦"vpce-1a2b3c4d"⟧, "Bool": ⟦null⟧}'), message: [/StringEquals must hold an object of condition keys.*not a string/, /Bool must hold.*not null/] },
  ],
});
