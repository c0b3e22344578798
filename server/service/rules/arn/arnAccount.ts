import { parsedArns } from '../../arn/arnEntries';
import { isAwsOwnedWithoutAccount } from '../../arn/awsOwnedArns';
import { isPlainPart } from '../../arn/parseArn';
import { partReplacementEdits, partReport, replacementOf } from '../../arn/partReplacement';
import { arnPlaceholders } from '../../arn/placeholders';
import { arnShape } from '../../arn/serviceArnShape';
import type { Rule } from '../rule';

export const arnAccount: Rule = {
  meta: {
    id: 'arn-account',
    description: "The ARN's account is not a 12-digit account ID (or is empty, or set, where the service says otherwise).",
    category: 'arn',
    defaultSeverity: 'error',
  },
  check({ doc, catalog, report }) {
    for (const { node, arn } of parsedArns(doc)) {
      const { text, offset } = arn.account;
      if (!isPlainPart(text) || arnPlaceholders(arn).some((p) => p.offset === offset)) continue;
      const shape = arnShape(catalog, arn);
      const at = (message: string, replacement?: string) => report(partReport(doc, node, offset, text.length, message, replacement));
      if (/^\d{4}-\d{4}-\d{4}$/.test(text)) {
        at(`Account IDs in ARNs are 12 digits without dashes; AWS compares "${text}" literally, so this ARN matches nothing.`, text.replaceAll('-', ''));
      } else if (text === '') {
        if (shape && !shape.hasAccountKind('empty') && !isAwsOwnedWithoutAccount(arn)) at(`${shape.label} ARNs include the 12-digit account ID; with the account empty this ARN matches nothing.`);
      } else if (/^\d{12}$/.test(text)) {
        if (shape && !shape.hasAccountKind('id')) at(`${shape.label} ARNs have no account ID: leave it empty, or this ARN matches nothing.`, '');
      } else if (text !== 'aws' && !shape?.hasAccountKind(text)) {
        // "aws" is the owner of AWS-managed resources (arn:aws:iam::aws:policy/...), whatever the template says.
        at(`"${text}" is not an account ID: ARNs hold the 12-digit account ID here, so this ARN matches nothing.`);
      }
    }
  },
  fix({ doc, diagnostic }) {
    const edits = partReplacementEdits(doc, diagnostic);
    const replacement = replacementOf(diagnostic);
    if (!edits) return [];
    return [{ title: replacement === '' ? 'Remove the account ID' : `Change the account to ${replacement}`, edits, isPreferred: true, safe: replacement !== '' }];
  },
};
