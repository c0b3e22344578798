import { createScanner, SyntaxKind } from 'jsonc-parser';

/**
 * How deep objects and arrays may nest before a document is not read at all. Policies nest about 6
 * levels and CloudFormation templates a few dozen; the parsers, the policy search and the cursor all
 * recurse per level, so a bound here keeps a pathological file from exhausting the stack.
 */
export const MAX_NESTING = 512;

/** Whether the text opens more than MAX_NESTING objects or arrays inside one another (strings and comments skipped). */
export function nestsTooDeep(text: string): boolean {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_NESTING) return true;
    } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      depth--;
    }
  }
  return false;
}
