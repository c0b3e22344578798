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
    { name: 'IfExists lets the actions without the key through', code: withCondition('{"StringEqualsIfExists": {"connect:Channel": "CHAT"}}', { action: '["connect:StartChatContact", "connect:DescribeContact"]' }) },
    { name: 'actions named by a wildcard are not judged one by one', code: withCondition('{"StringEquals": {"connect:Channel": "CHAT"}}', { action: '["connect:Describe*", "connect:DescribeContact"]' }) },
    {
      name: 'ForAllValues holds without the key: the read action is only left unrestricted by it',
      code: withCondition('{"ForAllValues:StringEquals": {"aws:TagKeys": ["team"]}}', { action: '["connect:TagResource", "connect:DescribeContact"]' }),
    },
    {
      name: 'a Deny whose test holds without the key still denies those actions',
      code: withCondition('{"StringNotEquals": {"connect:Channel": "CHAT"}}', { effect: 'Deny', action: '["connect:StartChatContact", "connect:DescribeContact"]' }),
    },
    { name: '"*" actions cannot be judged', code: withCondition('{"StringLike": {"s3:prefix": "home/*"}}', { action: '"*"' }) },
  ],
  invalid: [
    {
      name: 'each named action that does not support the key',
      code: withCondition('{"StringEquals": {⟦⟦"connect:Channel"⟧⟧: "CHAT"}}', { action: '["connect:StartChatContact", "connect:DescribeContact", "connect:StartContactStreaming"]' }),
      message: [
        /^connect:StartChatContact does not support connect:Channel \(Service Authorization Reference of \d{4}-\d{2}-\d{2}\): AWS leaves the key out of its requests, and then the test is false, so this statement never allows it\. Move the action to a statement without this key, or use StringEqualsIfExists\.$/,
        /^connect:StartContactStreaming does not support/,
      ],
    },
    {
      name: 'Null "false" fails without the key, so the statement never allows the action',
      code: withCondition('{"Null": {⟦"aws:TagKeys"⟧: "false"}}', { action: '["connect:TagResource", "connect:DescribeContact"]' }),
      message: /^connect:DescribeContact does not support aws:TagKeys \(Service Authorization Reference of [\d-]+\): AWS leaves the key out of its requests, and then the test is false, so this statement never allows it\. Move the action to a statement without this key\.$/,
    },
    {
      code: withCondition('{"StringLike": {⟦"s3:prefix"⟧: "home/*"}}'),
      message: /No action of this statement \(connect:StartChatContact\) supports s3:prefix \(Service Authorization Reference of [\d-]+\): AWS never puts it in their requests/,
    },
    {
      name: 'request tags on actions that take no tags',
      code: withCondition('{"StringEquals": {⟦"aws:RequestTag/team"⟧: "chat"}, "ForAllValues:StringEquals": {⟦"aws:TagKeys"⟧: ["team"]}}'),
      message: [/\(connect:StartChatContact\) supports aws:RequestTag\/team \(Service Authorization Reference of [\d-]+\): AWS never puts it in their requests/, /supports aws:TagKeys \(Service Authorization Reference of [\d-]+\): .*the test is true, so the key does not restrict them in this statement/],
    },
    {
      name: 'lists a few actions and counts the rest',
      code: withCondition('{"StringEquals": {⟦"connect:InstanceId"⟧: "x"}}', { action: '["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"]' }),
      message: /\(s3:GetObject, s3:PutObject, s3:DeleteObject and 1 more\)/,
    },
  ],
});
