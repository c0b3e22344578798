import type { Rule } from '../rule';

export const jsonTrailingComma: Rule = {
  meta: {
    id: 'json-trailing-comma',
    description: 'A comma after the last element of an object or array, which AWS rejects as invalid JSON.',
    category: 'json',
    formats: ['json'],
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const comma of doc.tokens.trailingCommas) {
      report({
        offset: comma.offset,
        length: comma.length,
        message: 'Trailing comma: JSON allows no comma after the last element, so AWS rejects the policy with a MalformedPolicyDocument error. Remove the comma.',
      });
    }
  },
  // A comma is a token of JSON's syntax, not a node of the policy: the fix deletes the reported comma,
  // if the text there is still one.
  fix({ doc, diagnostic }) {
    const { range } = diagnostic;
    if (doc.text.slice(doc.lines.offsetAt(range.start), doc.lines.offsetAt(range.end)) !== ',') return [];
    return [{ title: 'Remove the trailing comma', edits: [{ range, newText: '' }], isPreferred: true, safe: true }];
  },
};
