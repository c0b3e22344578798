import type { Rule } from '../rule';
import { idPattern, idValues } from './idFormat';
import { renameKeyData, renameKeyFixes } from './keyAt';

const VPC_KEYS = new Set(['aws:SourceVpc', 'aws:Ec2InstanceSourceVpc']);
const VPC_ID = idPattern('vpc');
const VPCE_ID = idPattern('vpce');

export const conditionVpcIdFormat: Rule = {
  meta: {
    id: 'condition-vpc-id-format',
    description: 'A value of aws:SourceVpc that is not a VPC ID (vpc- and 8 or 17 hex digits).',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    for (const { key, name, value, text } of idValues(doc, catalog, VPC_KEYS)) {
      if (VPC_ID.test(text)) continue;
      const hint = VPCE_ID.test(text)
        ? ' This is a VPC endpoint ID: compare it with aws:SourceVpce.'
        : text.startsWith('arn:')
          ? ' This is an ARN: compare it with aws:SourceVpcArn, or write the VPC ID.'
          : ' Write the ID as shown in the VPC console, such as vpc-0a1b2c3d4e5f67890.';
      report({
        node: value.node,
        // When every value is the other kind of ID, the key was the mistake.
        data: key.values.every((v) => v.text !== undefined && VPCE_ID.test(v.text)) ? renameKeyData(key, 'aws:SourceVpce') : undefined,
        message: `${name} holds a VPC ID (vpc- and 8 or 17 lower-case hex digits); AWS never sees ${JSON.stringify(text)} there, so this value never matches.${hint}`,
      });
    }
  },
  fix({ doc, diagnostic }) {
    return renameKeyFixes(doc, diagnostic);
  },
};
