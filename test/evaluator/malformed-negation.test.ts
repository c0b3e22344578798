import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { START_CHAT, explain, policyDoc } from './helpers';

/** A NotAction or NotResource entry that is not a string makes AWS reject the policy: it must not read as "excludes nothing". */
void describe('NotAction and NotResource with entries that are not strings', () => {
  for (const [element, value] of [
    ['NotAction', null],
    ['NotAction', [5]],
    ['NotResource', [{ a: 1 }]],
  ] as const) {
    void it(`${element}: ${JSON.stringify(value)} allows nothing`, () => {
      const other = element === 'NotAction' ? { Resource: '*' } : { Action: '*' };
      const e = explain(START_CHAT, policyDoc([{ Effect: 'Allow', [element]: value, ...other }]));
      assert.equal(e.decision, 'implicitDeny');
      assert.match(e.reasons.join('\n'), new RegExp(`${element} has an entry that is not a string, so AWS rejects the policy`));
    });
  }

  void it('a CloudFormation intrinsic in NotAction is not malformed', () => {
    const e = explain(START_CHAT, policyDoc([{ Effect: 'Allow', NotAction: [{ Ref: 'Excluded' }, 's3:*'], Resource: '*' }]));
    assert.equal(e.decision, 'allowed');
  });
});
