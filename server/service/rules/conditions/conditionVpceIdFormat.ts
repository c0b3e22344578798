import type { Rule } from '../rule';
import { idPattern, idValues } from './idFormat';
import { renameKeyData, renameKeyFixes } from './keyAt';

const VPCE_KEYS = new Set(['aws:SourceVpce']);
const VPC_ID = idPattern('vpc');
const VPCE_ID = idPattern('vpce');

export const conditionVpceIdFormat: Rule = {
  meta: {
    id: 'condition-vpce-id-format',
    description: 'A value of aws:SourceVpce that is not a VPC endpoint ID (vpce- and 8 or 17 hex digits).',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    for (const { key, name, value, text } of idValues(doc, catalog, VPCE_KEYS)) {
      if (VPCE_ID.test(text)) continue;
      const hint = VPC_ID.test(text)
        ? ' This is a VPC ID: compare it with aws:SourceVpc.'
        : ' Write the endpoint ID as shown in the VPC console, such as vpce-0a1b2c3d4e5f67890.';
      report({
        node: value.node,
        // When every value is the other kind of ID, the key was the mistake.
        data: key.values.every((v) => v.text !== undefined && VPC_ID.test(v.text)) ? renameKeyData(key, 'aws:SourceVpc') : undefined,
        message: `${name} holds a VPC endpoint ID (vpce- and 8 or 17 lower-case hex digits); AWS never sees ${JSON.stringify(text)} there, so this value never matches.${hint}`,
      });
    }
  },
  fix({ doc, diagnostic }) {
    return renameKeyFixes(doc, diagnostic);
  },
};
