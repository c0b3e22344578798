import { createScanner, SyntaxKind } from 'jsonc-parser';

export interface Span {
  offset: number;
  length: number;
}

export interface TokenFacts {
  comments: Span[];
  /** Commas directly followed (apart from whitespace and comments) by `}` or `]`. */
  trailingCommas: Span[];
}

/** One scanner pass for what AWS rejects but jsonc-parser tolerates: comments and trailing commas. */
export function scanTokenFacts(text: string): TokenFacts {
  const scanner = createScanner(text, false);
  const comments: Span[] = [];
  const trailingCommas: Span[] = [];
  let pendingComma: Span | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    switch (kind) {
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia:
        comments.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
        break;
      case SyntaxKind.Trivia:
      case SyntaxKind.LineBreakTrivia:
        break;
      case SyntaxKind.CommaToken:
        pendingComma = { offset: scanner.getTokenOffset(), length: 1 };
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        if (pendingComma) trailingCommas.push(pendingComma);
        pendingComma = undefined;
        break;
      default:
        pendingComma = undefined;
    }
  }
  return { comments, trailingCommas };
}
