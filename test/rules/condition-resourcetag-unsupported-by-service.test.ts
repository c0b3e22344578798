import { conditionResourceTagUnsupportedByService } from '../../server/service/rules/conditions/conditionResourceTagUnsupportedByService';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionResourceTagUnsupportedByService, {
  valid: [
    withCondition('{"StringEquals": {"aws:ResourceTag/team": "chat"}}', { action: '["connect:StartChatContact", "s3:GetObject"]' }),
    { name: 'other tag keys are not this rule\'s', code: withCondition('{"StringEquals": {"aws:PrincipalTag/team": "chat"}}', { action: '"execute-api:Invoke"' }) },
  ],
  invalid: [
    {
      name: 'a Deny on execute-api never denies (Access Analyzer: Deny with unsupported tag condition key for service)',
      code: withCondition('{"StringEquals": {⟦"aws:ResourceTag/env"⟧: "prod"}}', { effect: 'Deny', action: '["execute-api:Invoke", "connect:StartChatContact"]' }),
      message:
        /^execute-api supports aws:ResourceTag for none of its actions \(Service Authorization Reference of [\d-]+\): AWS leaves the key out of their requests, and then the test is false, so this statement never denies them\. Move the execute-api actions to a statement without this key, and control them by resource ARN\.$/,
    },
    {
      name: 'an Allow grants nothing for them',
      code: withCondition('{"StringEquals": {⟦"aws:ResourceTag/env"⟧: "prod"}}', { action: '"execute-api:*"' }),
      message: /the test is false, so this statement never allows them\. Move the execute-api actions to a statement without this key\.$/,
    },
  ],
});
