import { didYouMean } from '../../text/didYouMean';
import { replacementFixes, valueReplacements } from '../replacementFix';
import type { Rule } from '../rule';
import { CURRENT_VERSION, describeKind, isDynamic, POLICY_VERSIONS } from './elements';

export const versionInvalid: Rule = {
  meta: {
    id: 'version-invalid',
    description: 'A Version other than "2012-10-17" or "2008-10-17", which AWS rejects.',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      const version = policy.version;
      if (!version || isDynamic(version)) continue;
      const text = version.type === 'string' ? (version.value as string) : undefined;
      if (text !== undefined && POLICY_VERSIONS.includes(text)) continue;
      const near = text === undefined ? [] : didYouMean(text, POLICY_VERSIONS);
      const shown = text === undefined ? describeKind(version, true) : `"${text}"`;
      report({
        node: version,
        message: `${shown} is not a policy language version: AWS rejects the policy. Use "${near[0] ?? CURRENT_VERSION}" (the only versions are "2012-10-17", current, and "2008-10-17").`,
        // A near miss has one right answer; anything else is replaced only on request.
        data: { ...valueReplacements(version, near.length > 0 ? near : [CURRENT_VERSION]), nearMiss: near.length === 1 },
      });
    }
  },
  fix({ doc, diagnostic }) {
    return replacementFixes(doc, diagnostic, (replacement) => `Change the Version to ${replacement}`, diagnostic.data?.nearMiss === true);
  },
};
