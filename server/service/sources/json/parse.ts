import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { nestsTooDeep } from './nestingDepth';
import { parseStrictJson } from './strictJson';

/** What a JSON (or JSONC) text reads as. */
export interface JsonParse {
  root: Node | undefined;
  syntaxErrors: ParseError[];
  /** Read by the strict parser: no syntax error, comment or trailing comma in it. */
  strict: boolean;
  /** Nested deeper than MAX_NESTING, so not read. */
  tooDeep: boolean;
}

export function parseJson(text: string): JsonParse {
  // Strict JSON (nearly every policy) has no syntax error, comment or trailing comma to find.
  const strict = parseStrictJson(text);
  if (strict) return { root: strict.root, syntaxErrors: [], strict: true, tooDeep: false };
  // A text nested deeper than any policy or template is not read: every recursive pass would overflow the stack.
  if (nestsTooDeep(text)) return { root: undefined, syntaxErrors: [], strict: false, tooDeep: true };
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  return { root, syntaxErrors, strict: false, tooDeep: false };
}
