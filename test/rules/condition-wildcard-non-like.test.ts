import { conditionWildcardNonLike } from '../../server/service/rules/conditions/conditionWildcardNonLike';
import { mark, prettyWithCondition, withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionWildcardNonLike, {
  valid: [
    withCondition('{"StringLike": {"aws:PrincipalTag/team": "chat-*"}, "StringEquals": {"aws:PrincipalTag/env": "prod"}}'),
    { name: 'the ${*} escape and policy variables are not wildcards', code: withCondition('{"StringEquals": {"aws:PrincipalTag/team": "${aws:username}-${*}"}}') },
    { name: 'ArnEquals takes wildcards', code: withCondition('{"ArnEquals": {"aws:SourceArn": "arn:aws:s3:::bucket-*"}}') },
  ],
  invalid: [
    {
      code: withCondition('{"StringEquals": {"aws:PrincipalTag/team": ⟦"chat-*"⟧}}'),
      message: /StringEquals treats "\*" and "\?" as ordinary characters: AWS matches only the exact text "chat-\*", which no real request carries\. Use StringLike/,
      output: withCondition('{"StringLike": {"aws:PrincipalTag/team": "chat-*"}}'),
    },
    {
      name: 'a Not operator becomes its Not Like form, IfExists and qualifier kept',
      code: withCondition('{"ForAnyValue:StringNotEqualsIfExists": {"aws:TagKeys": ["ok", ⟦"tmp?"⟧]}}'),
      output: withCondition('{"ForAnyValue:StringNotLikeIfExists": {"aws:TagKeys": ["ok", "tmp?"]}}'),
    },
    {
      name: 'IgnoreCase says that StringLike is case-sensitive',
      code: withCondition('{"StringEqualsIgnoreCase": {"aws:PrincipalTag/team": ⟦"Chat*"⟧}}'),
      message: /note: StringLike is case-sensitive/,
    },
    {
      name: 'the key moves into an existing StringLike block',
      code: mark(prettyWithCondition({ StringEquals: { 'aws:PrincipalTag/team': 'chat-*', 'aws:PrincipalTag/env': 'prod' }, StringLike: { 'aws:userid': 'AIDA*' } }), '"chat-*"'),
      output: prettyWithCondition({ StringEquals: { 'aws:PrincipalTag/env': 'prod' }, StringLike: { 'aws:userid': 'AIDA*', 'aws:PrincipalTag/team': 'chat-*' } }),
    },
  ],
});
