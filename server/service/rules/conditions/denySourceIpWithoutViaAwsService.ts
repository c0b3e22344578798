import { conditionKeys } from '../../conditions/conditionBlock';
import { resolveConditionKey } from '../../conditions/keys';
import { statementsOf } from '../../conditions/walk';
import { propertiesOf, valueOf } from '../../document/policyView';
import { nodeFromData } from '../fixTarget';
import type { Rule } from '../rule';

/** Keys that already let AWS services through a source-IP Deny. */
const SERVICE_GUARDS = new Set(['aws:ViaAWSService', 'aws:PrincipalIsAWSService', 'aws:CalledVia', 'aws:CalledViaFirst', 'aws:CalledViaLast']);

export const denySourceIpWithoutViaAwsService: Rule = {
  meta: {
    id: 'deny-sourceip-without-via-aws-service',
    description: 'A Deny on aws:SourceIp (NotIpAddress) without an aws:ViaAWSService guard, which also blocks AWS services acting for you.',
    category: 'condition',
    defaultSeverity: 'warning',
  },
  check({ doc, catalog, report }) {
    for (const statement of statementsOf(doc)) {
      if (statement.effect?.value !== 'Deny') continue;
      const keys = conditionKeys(statement);
      const names = keys.map((k) => resolveConditionKey(catalog, k.name)?.name);
      if (names.some((n) => n !== undefined && SERVICE_GUARDS.has(n))) continue;
      keys.forEach((key, i) => {
        if (names[i] !== 'aws:SourceIp' || key.operator.parsed.info?.name !== 'NotIpAddress') return;
        report({
          node: key.keyNode,
          message:
            'This Deny also blocks AWS services that call other services for you (CloudFormation, Athena, Glue, ...): ' +
            'those calls carry the service\'s own address in aws:SourceIp, never yours. ' +
            'Add "Bool": {"aws:ViaAWSService": "false"} so the Deny applies only to direct calls.',
          data: { conditionPath: [...statement.path, 'Condition'] },
        });
      });
    }
  },
  fix({ doc, diagnostic }) {
    const condition = nodeFromData(doc, diagnostic.data, 'conditionPath');
    if (condition?.type !== 'object') return [];
    // Into the Condition's Bool block when it has one, so the result never holds Bool twice.
    const bool = valueOf(propertiesOf(condition).get('Bool'));
    const edits = bool
      ? bool.type === 'object'
        ? doc.writer.insertProperty(bool, 'aws:ViaAWSService', 'false', bool.children?.length ?? 0)
        : []
      : doc.writer.insertProperty(condition, 'Bool', { 'aws:ViaAWSService': 'false' }, condition.children?.length ?? 0);
    return edits.length > 0 ? [{ title: 'Add "Bool": {"aws:ViaAWSService": "false"}', edits, isPreferred: true }] : [];
  },
};
