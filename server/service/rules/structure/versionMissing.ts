import type { Rule } from '../rule';
import { CURRENT_VERSION } from './elements';
import { nodeFromData } from '../fixTarget';
import { insertProperty } from './insertProperty';

export const versionMissing: Rule = {
  meta: {
    id: 'version-missing',
    description: 'A policy without a Version element, which AWS reads as the old 2008-10-17 language.',
    category: 'structure',
    defaultSeverity: 'warning',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      // A single statement (an EventBusPolicy's) has no Version of its own: the service writes the document.
      if (policy.form === 'statement' || policy.properties.has('Version')) continue;
      report({
        offset: policy.node.offset,
        length: 1,
        message: `The policy has no Version, so AWS uses 2008-10-17, in which policy variables such as \${aws:username} are plain text. Add "Version": "${CURRENT_VERSION}".`,
        data: { path: policy.path },
      });
    }
  },
  fix({ doc, diagnostic }) {
    const object = nodeFromData(doc, diagnostic.data);
    if (object?.type !== 'object') return [];
    return [
      {
        title: `Add "Version": "${CURRENT_VERSION}"`,
        edits: insertProperty(doc, object, 'Version', CURRENT_VERSION, () => 0),
        isPreferred: true,
        safe: true,
      },
    ];
  },
};
