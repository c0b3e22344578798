import { idFormatRule, idPattern } from './idFormat';

export const conditionVpcIdFormat = idFormatRule({
  meta: {
    id: 'condition-vpc-id-format',
    description: 'A value of aws:SourceVpc that is not a VPC ID (vpc- and 8 or 17 hex digits).',
    category: 'condition',
    defaultSeverity: 'error',
  },
  keys: new Set(['aws:SourceVpc', 'aws:Ec2InstanceSourceVpc']),
  expected: 'a VPC ID (vpc- and 8 or 17 lower-case hex digits)',
  pattern: idPattern('vpc'),
  other: { pattern: idPattern('vpce'), key: 'aws:SourceVpce', hint: 'This is a VPC endpoint ID: compare it with aws:SourceVpce.' },
  hints: [{ test: (text) => text.startsWith('arn:'), hint: ' This is an ARN: compare it with aws:SourceVpcArn, or write the VPC ID.' }],
  noun: 'ID',
  example: 'vpc-0a1b2c3d4e5f67890',
});
