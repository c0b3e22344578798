/**
 * AWS partitions and their regions, as the AWS SDK's endpoint rules know them
 * (@aws-sdk/core util-endpoints partitions.js; test/arn/partitions.test.ts keeps this copy in step).
 * A copy, so that the bundled server does not carry the SDK.
 */

export interface Partition {
  id: string;
  /** The SDK's pattern for region names of this partition; a region it accepts may be newer than our list. */
  regionPattern: RegExp;
  regions: readonly string[];
}

export const PARTITIONS: readonly Partition[] = [
  {
    id: 'aws',
    regionPattern: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
    regions: [
      'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1',
      'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
      'ap-southeast-6', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2', 'eu-north-1',
      'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1',
      'me-west-1', 'mx-central-1', 'sa-east-1', 'sa-west-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
    ],
  },
  { id: 'aws-cn', regionPattern: /^cn-\w+-\d+$/, regions: ['cn-north-1', 'cn-northwest-1'] },
  { id: 'aws-us-gov', regionPattern: /^us-gov-\w+-\d+$/, regions: ['us-gov-east-1', 'us-gov-west-1'] },
  { id: 'aws-iso', regionPattern: /^us-iso-\w+-\d+$/, regions: ['us-iso-east-1', 'us-iso-west-1'] },
  { id: 'aws-iso-b', regionPattern: /^us-isob-\w+-\d+$/, regions: ['us-isob-east-1', 'us-isob-west-1'] },
  { id: 'aws-iso-e', regionPattern: /^eu-isoe-\w+-\d+$/, regions: ['eu-isoe-west-1'] },
  { id: 'aws-iso-f', regionPattern: /^us-isof-\w+-\d+$/, regions: ['us-isof-east-1', 'us-isof-south-1'] },
  { id: 'aws-eusc', regionPattern: /^eusc-(de)-\w+-\d+$/, regions: ['eusc-de-east-1'] },
];

const byId = new Map(PARTITIONS.map((p) => [p.id, p]));

export function partitionById(id: string): Partition | undefined {
  return byId.get(id);
}

export const ALL_REGIONS: readonly string[] = PARTITIONS.flatMap((p) => p.regions);

/** The partition a region name belongs to: by the known list first, then by the partitions' name patterns. */
export function partitionOfRegion(region: string): Partition | undefined {
  return PARTITIONS.find((p) => p.regions.includes(region)) ?? PARTITIONS.find((p) => p.regionPattern.test(region));
}

/** Names people write for partitions, and the partition they mean. */
export const PARTITION_ALIASES: Readonly<Record<string, string>> = {
  'aws-gov': 'aws-us-gov',
  'aws-govcloud': 'aws-us-gov',
  'aws-us-govcloud': 'aws-us-gov',
  govcloud: 'aws-us-gov',
  'aws-china': 'aws-cn',
  'aws-isob': 'aws-iso-b',
  'aws-isoe': 'aws-iso-e',
  'aws-isof': 'aws-iso-f',
};
