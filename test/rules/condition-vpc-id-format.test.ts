import { conditionVpcIdFormat } from '../../server/service/rules/conditions/conditionVpcIdFormat';
import { withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(conditionVpcIdFormat, {
  valid: [
    withCondition('{"StringEquals": {"aws:SourceVpc": ["vpc-1a2b3c4d", "vpc-0a1b2c3d4e5f67890"]}}'),
    { name: 'patterns under StringLike and policy variables are not IDs', code: withCondition('{"StringLike": {"aws:SourceVpc": "vpc-*"}, "StringEquals": {"aws:Ec2InstanceSourceVpc": "${aws:SourceVpc}"}}') },
  ],
  invalid: [
    {
      code: withCondition('{"StringEquals": {"aws:SourceVpc": [⟦"vpc-XYZ"⟧, ⟦"vpce-1a2b3c4d"⟧, ⟦"arn:aws:ec2:us-east-1:111122223333:vpc/vpc-1a2b3c4d"⟧]}}'),
      message: [
        /aws:SourceVpc holds a VPC ID \(vpc- and 8 or 17 lower-case hex digits\); AWS never sees "vpc-XYZ" there, so this value never matches\. Write the ID/,
        /This is a VPC endpoint ID: compare it with aws:SourceVpce\./,
        /This is an ARN: compare it with aws:SourceVpcArn/,
      ],
    },
    {
      name: 'endpoint IDs only: the fix changes the key',
      code: withCondition('{"StringEquals": {"aws:SourceVpc": [⟦"vpce-1a2b3c4d"⟧, ⟦"vpce-0a1b2c3d4e5f67890"⟧]}}'),
      output: withCondition('{"StringEquals": {"aws:SourceVpce": ["vpce-1a2b3c4d", "vpce-0a1b2c3d4e5f67890"]}}'),
    },
  ],
});
