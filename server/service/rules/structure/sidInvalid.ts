import { replacementFixes, valueReplacements } from '../replacementFix';
import type { Rule } from '../rule';
import { describeKind, isDynamic, literalStatements } from './elements';

const IAM_SID = /^[A-Za-z0-9]*$/;

export const sidInvalid: Rule = {
  meta: {
    id: 'sid-invalid',
    description: 'A Sid in an identity policy with characters other than letters and digits, or a Sid that is not a string.',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      const statements = literalStatements(policy);
      const taken = new Set(statements.map((s) => s.sid?.value).filter((v): v is string => typeof v === 'string'));
      for (const statement of statements) {
        const sid = statement.sid;
        if (!sid || isDynamic(sid)) continue;
        if (sid.type !== 'string') {
          report({ node: sid, message: `A Sid must be a string, not ${describeKind(sid)}: AWS rejects the policy. Write it in double quotes.` });
          continue;
        }
        // Resource-based policies (S3, SNS, SQS, ...) accept other characters; IAM identity policies do not.
        const text = sid.value as string;
        if (policy.kind !== 'identity' || IAM_SID.test(text)) continue;
        const cleaned = pascalCase(text);
        const usable = cleaned.length > 0 && !taken.has(cleaned);
        if (usable) taken.add(cleaned);
        report({
          node: sid,
          message: `Sid "${text}" has characters IAM rejects in an identity policy (only letters A-Z, a-z and digits 0-9 are allowed).${usable ? ` Use "${cleaned}".` : ''}`,
          data: valueReplacements(sid, usable ? [cleaned] : []),
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    return replacementFixes(doc, diagnostic, (replacement) => `Change the Sid to ${replacement}`);
  },
};

/** "allow start-chat" -> "allowStartChat": the words kept, the separators IAM rejects dropped. */
function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1)))
    .join('');
}
