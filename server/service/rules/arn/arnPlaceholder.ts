import { parsedArns } from '../../arn/arnEntries';
import { partReplacementEdits, partReport, replacementOf } from '../../arn/partReplacement';
import { arnPlaceholders, type Placeholder } from '../../arn/placeholders';
import { knownInstance, type ConnectInstance } from '../../connect/connectArn';
import type { Rule } from '../rule';

const WHAT: Record<NonNullable<Placeholder['stands']>, string> = {
  partition: 'the partition (aws)',
  region: 'your region',
  account: 'your 12-digit account ID',
  instance: 'your Connect instance ID',
};

function fillFrom(instance: ConnectInstance | undefined, stands: Placeholder['stands']): string | undefined {
  if (!instance || !stands) return undefined;
  return { partition: instance.partition, region: instance.region, account: instance.account, instance: instance.instanceId }[stands];
}

export const arnPlaceholder: Rule = {
  meta: {
    id: 'arn-placeholder',
    description: 'An ARN still holds a placeholder from documentation (REGION, ACCOUNT_ID, <instance-id>, ${InstanceId}, ...).',
    category: 'arn',
    defaultSeverity: 'error',
  },
  check({ doc, options, report }) {
    const instance = knownInstance(doc, options);
    for (const { node, arn } of parsedArns(doc)) {
      for (const placeholder of arnPlaceholders(arn)) {
        const what = placeholder.stands ? WHAT[placeholder.stands] : 'the real value';
        const message = `"${placeholder.text}" is a placeholder left from an example: AWS compares it literally, so this ARN matches nothing. Put ${what} here.`;
        const fill = arn.service.text === 'connect' || placeholder.stands !== 'instance' ? fillFrom(instance, placeholder.stands) : undefined;
        const finding = partReport(doc, node, placeholder.offset, placeholder.text.length, message, fill);
        report(fill === undefined ? finding : { ...finding, data: { ...finding.data, from: instance?.arn } });
      }
    }
  },
  fix({ doc, diagnostic }) {
    const edits = partReplacementEdits(doc, diagnostic);
    const from = diagnostic.data?.from;
    return edits ? [{ title: `Replace with ${replacementOf(diagnostic)} (from ${String(from)})`, edits }] : [];
  },
};
