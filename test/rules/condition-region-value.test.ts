import { conditionRegionValue } from '../../server/service/rules/conditions/conditionRegionValue';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionRegionValue, {
  valid: [
    withCondition('{"StringEquals": {"aws:RequestedRegion": ["us-east-1", "ap-southeast-5", "us-gov-west-1", "cn-north-1", "us-isob-east-1", "eusc-de-east-1"]}}'),
    { name: 'Regional endpoints in kms:ViaService', code: withCondition('{"StringEquals": {"kms:ViaService": ["ec2.us-east-1.amazonaws.com", "s3.cn-north-1.amazonaws.com.cn"]}}', { action: '"kms:Decrypt"' }) },
    { name: 'patterns and policy variables are left alone', code: withCondition('{"StringLike": {"aws:RequestedRegion": "eu-*", "kms:ViaService": "ec2.*.amazonaws.com"}, "StringEquals": {"aws:RequestedRegion": "${aws:PrincipalTag/region}"}}', { action: '"kms:Decrypt"' }) },
  ],
  invalid: [
    {
      code: withCondition('{"StringEquals": {"aws:RequestedRegion": [⟦"US-EAST-1"⟧, ⟦"us-east-1a"⟧, ⟦"Virginia"⟧]}}'),
      message: [
        /^AWS never puts "US-EAST-1" in aws:RequestedRegion, so this value never matches: Region codes are lower-case \("us-east-1"\)/,
        /this is an Availability Zone; the Region is "us-east-1"/,
        /write a Region code such as us-east-1\.$/,
      ],
    },
    {
      name: 'kms:ViaService without a Region',
      code: withCondition('{"StringEquals": {"kms:ViaService": ⟦"ec2.amazonaws.com"⟧}}', { action: '"kms:Decrypt"' }),
      message: /^AWS never puts "ec2.amazonaws.com" in kms:ViaService, so this value never matches: KMS puts the service's Regional endpoint in the key: write "ec2.us-east-1.amazonaws.com"/,
    },
  ],
});
