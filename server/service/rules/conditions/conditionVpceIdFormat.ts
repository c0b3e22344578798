import { idFormatRule, idPattern } from './idFormat';

export const conditionVpceIdFormat = idFormatRule({
  meta: {
    id: 'condition-vpce-id-format',
    description: 'A value of aws:SourceVpce that is not a VPC endpoint ID (vpce- and 8 or 17 hex digits).',
    category: 'condition',
    defaultSeverity: 'error',
  },
  keys: new Set(['aws:SourceVpce']),
  expected: 'a VPC endpoint ID (vpce- and 8 or 17 lower-case hex digits)',
  pattern: idPattern('vpce'),
  other: { pattern: idPattern('vpc'), key: 'aws:SourceVpc', hint: 'This is a VPC ID: compare it with aws:SourceVpc.' },
  noun: 'endpoint ID',
  example: 'vpce-0a1b2c3d4e5f67890',
});
