import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withCondition } from './statement';
import { service } from '../helpers/service';

void describe('fix-all on conditions', () => {
  void it('applies only the safe condition fixes: operator and key typos with one answer, NullIfExists, CIDR network addresses', () => {
    const text = withCondition(
      '{"StringEqual": {"connect:InstanceID2": "x"}, "NullIfExists": {"aws:SourceVpce": "true"}, "IpAddress": {"aws:SourceIp": ["203.0.113.7/24", "10.0.0.0/8"]}, "StringLike": {"s3:prefix": "a"}}',
    );
    const fixed = service().fixAll({ uri: 'file:///test/policy.json', text, languageId: 'json' });
    // The private address and the unsupported key have no safe fix: they stay for the author.
    assert.equal(
      fixed,
      withCondition(
        '{"StringEquals": {"connect:InstanceId": "x"}, "Null": {"aws:SourceVpce": "true"}, "IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "10.0.0.0/8"]}, "StringLike": {"s3:prefix": "a"}}',
      ),
    );
  });
});
