import { conditionEmptyValue } from '../../server/service/rules/conditions/conditionEmptyValue';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionEmptyValue, {
  valid: [withCondition('{"StringEquals": {"aws:SourceVpc": ["vpc-1a2b3c4d"]}}')],
  invalid: [
    { code: withCondition('{"StringEquals": {"aws:SourceVpc": ⟦[]⟧}}'), message: /aws:SourceVpc has an empty list of values: AWS has no value to match, so this test is never true/ },
    { name: 'a Not operator', code: withCondition('{"StringNotEquals": {"aws:SourceVpc": ⟦[]⟧}}'), message: /the test is always true, so it restricts nothing/ },
    { name: 'ForAllValues', code: withCondition('{"ForAllValues:StringEquals": {"aws:TagKeys": ⟦[]⟧}}'), message: /true only when the request has no aws:TagKeys/ },
    { name: 'IfExists: true when the key is absent, as explain says', code: withCondition('{"StringEqualsIfExists": {"aws:SourceVpc": ⟦[]⟧}}'), message: /true only when the request has no aws:SourceVpc \(to test that, use "Null"/ },
    { name: 'an empty Condition', code: withCondition('⟦{}⟧'), message: /This Condition is empty, so AWS applies the statement to every request it covers/ },
    { name: 'an operator with no keys', code: withCondition('{"StringEquals": ⟦{}⟧}'), message: /StringEquals names no condition key, so AWS tests nothing here/ },
  ],
});
