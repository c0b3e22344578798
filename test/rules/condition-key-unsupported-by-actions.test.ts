import { conditionKeyUnsupportedByActions } from '../../server/service/rules/conditions/conditionKeyUnsupportedByActions';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionKeyUnsupportedByActions, {
  valid: [
    withCondition('{"StringEquals": {"connect:InstanceId": "x", "aws:SourceVpce": "vpce-1a2b3c4d"}}'),
    { name: 'a wildcard action that covers a supporting action', code: withCondition('{"StringLike": {"s3:prefix": "home/*"}}', { action: '"s3:List*"' }) },
    { name: 'a key listed for the action resource type', code: withCondition('{"StringEquals": {"s3:ExistingObjectTag/env": "prod"}}', { action: '"s3:GetObject"' }) },
    { name: 'request tags on an action that takes tags', code: withCondition('{"StringEquals": {"aws:RequestTag/team": "chat"}, "ForAllValues:StringEquals": {"aws:TagKeys": ["team"]}}', { action: '"connect:TagResource"' }) },
    { name: 'a key listed on the action\'s row for a resource type', code: withCondition('{"ForAllValues:StringEquals": {"aws:TagKeys": ["team"]}}', { action: '"sqlworkbench:TagResource"' }) },
    { name: 'request tags and a service key listed on a resource-type row', code: withCondition('{"StringEquals": {"aws:RequestTag/team": "chat", "fsx:ParentVolumeId": "fsvol-1"}}', { action: '"fsx:CreateVolume"' }) },
    { name: '"*" actions cannot be judged', code: withCondition('{"StringLike": {"s3:prefix": "home/*"}}', { action: '"*"' }) },
  ],
  invalid: [
    {
      code: withCondition('{"StringLike": {⟦"s3:prefix"⟧: "home/*"}}'),
      message: /No action of this statement \(connect:StartChatContact\) supports s3:prefix: AWS never puts it in their requests/,
    },
    {
      name: 'request tags on actions that take no tags',
      code: withCondition('{"StringEquals": {⟦"aws:RequestTag/team"⟧: "chat"}, "ForAllValues:StringEquals": {⟦"aws:TagKeys"⟧: ["team"]}}'),
      message: [/\(connect:StartChatContact\) supports aws:RequestTag\/team: AWS never puts it in their requests/, /supports aws:TagKeys:/],
    },
    {
      name: 'lists a few actions and counts the rest',
      code: withCondition('{"StringEquals": {⟦"connect:InstanceId"⟧: "x"}}', { action: '["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"]' }),
      message: /\(s3:GetObject, s3:PutObject, s3:DeleteObject and 1 more\)/,
    },
  ],
});
