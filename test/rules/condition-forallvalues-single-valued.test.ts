import { conditionForAllValuesSingleValued } from '../../server/service/rules/conditions/conditionForAllValuesSingleValued';
import { mark, prettyWithCondition, withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionForAllValuesSingleValued, {
  valid: [
    withCondition('{"ForAllValues:StringEquals": {"aws:TagKeys": ["team", "env"]}}'),
    { name: 'ForAnyValue is not this rule', code: withCondition('{"ForAnyValue:StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}}') },
    { name: 'unknown keys are another rule', code: withCondition('{"ForAllValues:StringEquals": {"aws:Nope": "x"}}') },
  ],
  invalid: [
    {
      name: 'in an Allow: applies to requests without the key',
      code: withCondition('{"ForAllValues:StringEquals": {⟦"aws:SourceVpc"⟧: "vpc-1a2b3c4d"}}'),
      message: /aws:SourceVpc has a single value, and ForAllValues is true when a request has no aws:SourceVpc at all, so this Allow also applies to every request without it\. Use "StringEquals"/,
      output: withCondition('{"StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}}'),
    },
    {
      name: 'in a Deny: denies requests without the key too',
      code: withCondition('{"ForAllValues:StringNotEquals": {⟦"aws:SourceVpce"⟧: "vpce-1a2b3c4d"}}', { effect: 'Deny' }),
      message: /so this Deny also applies to every request without it\. Use "StringNotEquals"/,
    },
    {
      name: 'the fix moves one key out of a shared block, keeping IfExists',
      code: mark(prettyWithCondition({ 'ForAllValues:StringLikeIfExists': { 'aws:TagKeys': 'a*', 'connect:InstanceId': 'x' } }), '"connect:InstanceId"'),
      output: prettyWithCondition({ 'ForAllValues:StringLikeIfExists': { 'aws:TagKeys': 'a*' }, StringLikeIfExists: { 'connect:InstanceId': 'x' } }),
    },
    {
      name: 'the fix moves the key into the operator block the Condition already has',
      code: mark(prettyWithCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'a', 'aws:SourceVpc': 'vpc-1a2b3c4d' }, StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }), '"aws:SourceVpc"'),
      output: prettyWithCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'a' }, StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d', 'aws:SourceVpc': 'vpc-1a2b3c4d' } }),
    },
  ],
});
