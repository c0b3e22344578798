/**
 * IAM wildcards: `*` matches any run of characters (including none), `?` matches exactly one; every
 * other character is literal. Actions and condition keys compare case-insensitively, ARNs and most
 * condition values case-sensitively, so callers choose.
 */
import { ownCopy, TextMemo } from './textMemo';

export interface WildcardOptions {
  caseInsensitive?: boolean;
}

/** Compiled patterns are reused across keystrokes and documents. */
const MAX_CACHED = 2000;
const caseSensitive = new TextMemo<WildcardMatcher>(MAX_CACHED);
const caseInsensitive = new TextMemo<WildcardMatcher>(MAX_CACHED);

/** True when the pattern holds `*` or `?` (it is not a plain name). */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** A compiled IAM wildcard pattern: `test` says whether a whole text matches it. */
export interface WildcardMatcher {
  test(text: string): boolean;
}

/**
 * The matcher for an IAM wildcard pattern, compiled once per pattern and case mode. It never
 * backtracks (a RegExp of `.*` runs did: `a*a*a*a*a*a*a*b` against 60 characters took 27 s): the
 * pattern is cut at its stars into fixed-length pieces; the first must start the text, the last end
 * it, and each one between is found at its leftmost place after the one before, which is always the
 * best choice for a piece of fixed length. Time is at most text length × pattern length.
 */
export function compileWildcard(pattern: string, options: WildcardOptions = {}): WildcardMatcher {
  const ignoreCase = options.caseInsensitive === true;
  const cache = ignoreCase ? caseInsensitive : caseSensitive;
  const matcher = cache.get(pattern);
  if (matcher) return matcher;
  // The matcher's pieces are cut from the pattern: from a copy, so that they do not hold the document.
  return cache.set(pattern, new StarPieces(ignoreCase ? foldCase(ownCopy(pattern)) : ownCopy(pattern), ignoreCase));
}

/** @deprecated The matcher is no RegExp (it only offers `test`): call compileWildcard. */
export const wildcardToRegExp = compileWildcard;

const QUESTION = 63; /* ? */

class StarPieces implements WildcardMatcher {
  private readonly head: string;
  /** undefined when the pattern has no star: the text must then be the head exactly. */
  private readonly tail: string | undefined;
  private readonly middle: string[];
  private readonly minLength: number;

  constructor(
    pattern: string,
    private readonly ignoreCase: boolean,
  ) {
    const pieces = pattern.split('*');
    this.head = pieces[0];
    this.tail = pieces.length > 1 ? pieces[pieces.length - 1] : undefined;
    this.middle = pieces.slice(1, -1).filter((piece) => piece.length > 0);
    this.minLength = pieces.reduce((sum, piece) => sum + piece.length, 0);
  }

  test(value: string): boolean {
    const text = this.ignoreCase ? foldCase(value) : value;
    const { head, tail } = this;
    if (tail === undefined) return text.length === head.length && pieceAt(head, text, 0);
    if (text.length < this.minLength || !pieceAt(head, text, 0)) return false;
    const end = text.length - tail.length;
    if (!pieceAt(tail, text, end)) return false;
    let from = head.length;
    for (const piece of this.middle) {
      const at = findPiece(piece, text, from, end);
      if (at < 0) return false;
      from = at + piece.length;
    }
    return true;
  }
}

/** Whether a piece (literal characters and `?`) matches the text at `at`. */
function pieceAt(piece: string, text: string, at: number): boolean {
  for (let i = 0; i < piece.length; i++) {
    const p = piece.charCodeAt(i);
    if (p !== QUESTION && p !== text.charCodeAt(at + i)) return false;
  }
  return true;
}

/** The leftmost place in [from, end) where the piece matches and fits before `end`; -1 when none. */
function findPiece(piece: string, text: string, from: number, end: number): number {
  const last = end - piece.length;
  if (!piece.includes('?')) {
    const at = text.indexOf(piece, from);
    return at >= 0 && at <= last ? at : -1;
  }
  for (let at = from; at <= last; at++) if (pieceAt(piece, text, at)) return at;
  return -1;
}

/**
 * Case folding as a RegExp's `i` flag does it, per UTF-16 code unit: upper-case, unless that changes
 * the length (ß) or turns a non-ASCII character into an ASCII one (ı, ſ). Keeping lengths lets `?`
 * still stand for one character.
 */
const folded = new Uint16Array(0x10000);
const foldedKnown = new Uint8Array(0x10000);

function foldUnit(code: number): number {
  if (foldedKnown[code]) return folded[code];
  const upper = String.fromCharCode(code).toUpperCase();
  const result = upper.length === 1 && !(code >= 128 && upper.charCodeAt(0) < 128) ? upper.charCodeAt(0) : code;
  folded[code] = result;
  foldedKnown[code] = 1;
  return result;
}

function foldCase(text: string): string {
  let changed = false;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = foldUnit(code);
    if (codes[i] !== code) changed = true;
  }
  if (!changed) return text;
  let result = '';
  for (let i = 0; i < codes.length; i += 8192) result += String.fromCharCode(...codes.subarray(i, i + 8192));
  return result;
}

/**
 * Whether the pattern matches the one-character text "*" (rules ask this of every resource), without
 * compiling a RegExp per resource: only wildcards, with at most one "?" and at least one of them.
 */
function matchesStar(pattern: string): boolean {
  let questions = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '?') questions++;
    else if (ch !== '*') return false;
  }
  return questions <= 1 && pattern.length > 0;
}

/** Lower-casing changes a text's length only for U+0130 (İ), so texts of different lengths without it differ. */
function equalsIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length && !a.includes('\u0130') && !b.includes('\u0130')) return false;
  return a.toLowerCase() === b.toLowerCase();
}

const CASE_INSENSITIVE: WildcardOptions = { caseInsensitive: true };
const CASE_SENSITIVE: WildcardOptions = {};

/** Whether `value` matches the IAM wildcard `pattern` as a whole. */
export function matchesWildcard(pattern: string, value: string, caseInsensitive = false): boolean {
  if (value === '*') return matchesStar(pattern);
  if (!hasWildcard(pattern)) {
    return pattern === value || (caseInsensitive && equalsIgnoringCase(pattern, value));
  }
  return compileWildcard(pattern, caseInsensitive ? CASE_INSENSITIVE : CASE_SENSITIVE).test(value);
}
