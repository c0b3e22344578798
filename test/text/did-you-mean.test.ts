import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { didYouMean } from '../../server/service/text/didYouMean';

void describe('didYouMean', () => {
  void it('returns the one closest candidate, ignoring case', () => {
    assert.deepEqual(didYouMean('Actions', ['Action', 'NotAction', 'Resource']), ['Action']);
    assert.deepEqual(didYouMean('action', ['Action', 'NotAction']), ['Action']);
  });

  void it('returns every candidate tied for closest, once each', () => {
    assert.deepEqual(didYouMean('ec', ['ec2', 'ecs', 'ECS', 'iam', 'ecr']), ['ec2', 'ecs', 'ecr']);
  });

  void it('returns nothing when no candidate is a likely typo', () => {
    assert.deepEqual(didYouMean('Permit', ['Allow', 'Deny']), []);
    assert.deepEqual(didYouMean('x', []), []);
  });
});
