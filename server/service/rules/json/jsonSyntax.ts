import { printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import { MAX_NESTING } from '../../sources/json/nestingDepth';
import type { Rule } from '../rule';

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol: this is not JSON.',
  InvalidNumberFormat: 'Invalid number format.',
  PropertyNameExpected: 'A property name in double quotes is expected here.',
  ValueExpected: 'A value is expected here.',
  ColonExpected: 'A colon is expected after the property name.',
  CommaExpected: 'A comma is expected between elements.',
  CloseBraceExpected: 'A closing brace "}" is expected.',
  CloseBracketExpected: 'A closing bracket "]" is expected.',
  EndOfFileExpected: 'Only one JSON value is allowed: nothing may follow it.',
  InvalidCommentToken: 'Invalid comment.',
  UnexpectedEndOfComment: 'A block comment is not closed.',
  UnexpectedEndOfString: 'A string is not closed.',
  UnexpectedEndOfNumber: 'A number is cut off.',
  InvalidUnicode: 'Invalid unicode escape sequence.',
  InvalidEscapeCharacter: 'Invalid escape character in a string.',
  InvalidCharacter: 'Invalid character in a string (control characters must be escaped).',
};

/** A syntax error in plain words, such as "A closing brace "}" is expected." */
export function syntaxErrorText(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return MESSAGES[name] ?? name;
}

export const jsonSyntax: Rule = {
  meta: {
    id: 'json-syntax',
    description: 'The policy is not valid JSON, so AWS rejects it.',
    category: 'json',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    if (doc.tooDeep) {
      report({
        offset: 0,
        length: 0,
        message: `This document nests objects and arrays more than ${MAX_NESTING} levels deep, so it is not checked. No IAM policy nests that deep (AWS limits a managed policy to 6,144 characters): look for a runaway [ or {.`,
      });
    }
    const seen = new Set<number>();
    for (const error of doc.syntaxErrors) {
      // Errors that cascade from one mistake share an offset: report the first only.
      if (seen.has(error.offset)) continue;
      seen.add(error.offset);
      report({
        offset: error.offset,
        length: Math.max(error.length, 1),
        message: `${syntaxErrorText(error.error)} AWS rejects a policy that is not valid JSON.`,
      });
    }
  },
};
