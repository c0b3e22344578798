import type { Rule } from '../rule';

export const jsonComment: Rule = {
  meta: {
    id: 'json-comment',
    description: 'A comment in a policy document, which AWS rejects as invalid JSON.',
    category: 'json',
    formats: ['json'],
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const comment of doc.tokens.comments) {
      report({
        offset: comment.offset,
        length: comment.length,
        message: 'Comments are not JSON: AWS rejects the policy with a MalformedPolicyDocument error. Remove the comment (keep notes in a Sid or outside the policy).',
      });
    }
  },
  fix({ doc, diagnostic }) {
    let start = doc.lines.offsetAt(diagnostic.range.start);
    let end = doc.lines.offsetAt(diagnostic.range.end);
    // A comment alone on its lines goes with its whole lines, so no blank line is left behind.
    const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
    const newline = doc.text.indexOf('\n', end);
    const lineEnd = newline < 0 ? doc.text.length : newline + 1;
    if (/^[ \t]*$/.test(doc.text.slice(lineStart, start)) && /^[ \t]*\r?\n?$/.test(doc.text.slice(end, lineEnd))) {
      start = lineStart;
      end = lineEnd;
    } else {
      // A comment after code on the same line takes the spaces before it.
      while (start > lineStart && (doc.text[start - 1] === ' ' || doc.text[start - 1] === '\t')) start--;
    }
    return [{ title: 'Remove the comment', edits: [{ range: doc.lines.range(start, end - start), newText: '' }], isPreferred: true }];
  },
};
