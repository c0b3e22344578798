import { conditionResourceTagUnsupportedByService } from '../../server/service/rules/conditions/conditionResourceTagUnsupportedByService';
import { withCondition } from '../conditions/statement';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ruleTable } from '../helpers/ruleTable';
import { validate } from '../helpers/service';

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

void it('condition-resourcetag-unsupported-by-service: a warning in a Deny, information in an Allow, as Access Analyzer grades them', () => {
  const severity = (effect: 'Allow' | 'Deny') =>
    validate(withCondition('{"StringEquals": {"aws:ResourceTag/env": "prod"}}', { effect, action: '"execute-api:Invoke"' })).find((d) => d.code === 'condition-resourcetag-unsupported-by-service')?.severity;
  assert.equal(severity('Deny'), 'warning');
  assert.equal(severity('Allow'), 'information');
});
