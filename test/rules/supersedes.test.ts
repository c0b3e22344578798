import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/service/rules/registry';
import { policy, validate } from '../helpers/service';
import { allow, INSTANCE_ARN } from '../connect/fixtures';

/** A rule steps aside for a more precise one only while that one runs: switching it off must not hide the finding. */

const bareInstance = policy(allow('connect:StartChatContact', INSTANCE_ARN));
const codes = (options?: Parameters<typeof validate>[1]) => validate(bareInstance, options).map((d) => String(d.code)).sort();

void describe('superseded findings', () => {
  void it('the bare instance ARN for StartChatContact: one precise finding, not three', () => {
    assert.deepEqual(codes(), ['connect-start-chat-instance-arn']);
  });

  void it('with connect-start-chat-instance-arn off, the general rules say StartChatContact is denied', () => {
    assert.deepEqual(codes({ ruleSeverity: { 'connect-start-chat-instance-arn': 'off' } }), ['action-matches-no-resource', 'resource-matches-no-action']);
  });

  void it('every declared superseded rule exists', () => {
    const ids = new Set(RULES.map((rule) => rule.meta.id));
    for (const rule of RULES) for (const id of rule.meta.supersedes ?? []) assert.ok(ids.has(id), `${rule.meta.id} supersedes unknown rule ${id}`);
  });
});
