import type { Rule } from '../rule';
import { EFFECTS, literalStatements } from './elements';
import { nodeFromData } from '../fixTarget';
import { insertProperty } from './insertProperty';

export const effectMissing: Rule = {
  meta: {
    id: 'effect-missing',
    description: 'A statement without an Effect element.',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      for (const statement of literalStatements(policy)) {
        if (statement.properties.has('Effect')) continue;
        report({
          offset: statement.node.offset,
          length: 1,
          message: 'The statement has no Effect: AWS rejects it. Add "Effect": "Allow" or "Effect": "Deny".',
          data: { path: statement.path },
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    const object = nodeFromData(doc, diagnostic.data);
    if (object?.type !== 'object') return [];
    // Allow or Deny is the author's choice, so neither runs in fix-all.
    return EFFECTS.map((effect, i) => ({
      title: `Add "Effect": "${effect}"`,
      edits: insertProperty(doc, object, 'Effect', effect, (keys) => keys.indexOf('Sid') + 1),
      isPreferred: i === 0,
    }));
  },
};
