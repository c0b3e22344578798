import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partition } from '@aws-sdk/core/client';
import { PARTITIONS, partitionOfRegion } from '../../server/service/arn/partitions';

interface SdkPartition {
  id: string;
  regionRegex: string;
  regions: Record<string, unknown>;
}

void describe('partitions', () => {
  void it('match the AWS SDK endpoint data (ids, regions, region patterns)', () => {
    // The SDK exports only a per-region lookup; its data file is a JSON object behind `export const`.
    const file = join(__dirname, '..', '..', 'node_modules', '@aws-sdk', 'core', 'dist-es', 'submodules', 'client', 'util-endpoints', 'lib', 'aws', 'partitions.js');
    const source = readFileSync(file, 'utf8').replace(/^export const partitionsInfo = /, '').replace(/;\s*$/, '');
    const sdk = (JSON.parse(source) as { partitions: SdkPartition[] }).partitions;
    const ours = new Map(PARTITIONS.map((p) => [p.id, p]));
    assert.deepEqual([...ours.keys()].sort(), sdk.map((p) => p.id).sort());
    for (const partition of sdk) {
      const mine = ours.get(partition.id);
      assert.ok(mine);
      // The SDK lists pseudo-regions such as "aws-global" too; those are not ARN regions.
      assert.deepEqual([...mine.regions].sort(), Object.keys(partition.regions).filter((r) => !r.startsWith('aws')).sort(), partition.id);
      assert.equal(mine.regionPattern.source.replace(/\\-/g, '-'), partition.regionRegex.replace(/\\-/g, '-'), partition.id);
    }
  });
  void it('agree with the SDK lookup for every region we list', () => {
    for (const p of PARTITIONS) for (const region of p.regions) assert.equal(partition(region).name, p.id, region);
  });
  void it('places regions in their partition', () => {
    assert.equal(partitionOfRegion('us-gov-west-1')?.id, 'aws-us-gov');
    assert.equal(partitionOfRegion('cn-north-1')?.id, 'aws-cn');
    assert.equal(partitionOfRegion('us-isob-east-1')?.id, 'aws-iso-b');
    assert.equal(partitionOfRegion('eusc-de-east-1')?.id, 'aws-eusc');
    assert.equal(partitionOfRegion('us-east-1')?.id, 'aws');
    assert.equal(partitionOfRegion('moon-base-1'), undefined);
  });
});
