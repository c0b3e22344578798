import type { Node, NodeType } from 'jsonc-parser';
import { MAX_NESTING } from './nestingDepth';

/**
 * A one-pass parser for strict JSON (no comments, no trailing commas, no unusual whitespace) that
 * builds the same tree as jsonc-parser's parseTree: same node types, offsets, lengths, values,
 * parents and colon offsets. It gives up (undefined) at the first thing strict JSON does not allow,
 * and the caller then parses with jsonc-parser, which reports the error or records the comment.
 * Policies are nearly always strict JSON, and jsonc-parser's scanner builds a string for every run
 * of whitespace and is then run a second time for comments and trailing commas: this does neither.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;

/** A node while it is built; parseTree's nodes are readonly to their readers. */
type Building = { -readonly [K in keyof Node]: Node[K] };

/** Thrown to give up; caught once at the top. */
const NOT_STRICT = new Error('not strict JSON');

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** Space, tab, line feed, carriage return: the whitespace of strict JSON. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

const ESCAPES: Record<number, string> = { 34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t' };

class StrictParser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  parse(): Node | undefined {
    this.skipSpace();
    const root = this.value(undefined);
    this.skipSpace();
    if (this.pos !== this.text.length) throw NOT_STRICT;
    return root;
  }

  private skipSpace(): void {
    const text = this.text;
    let pos = this.pos;
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    this.pos = pos;
  }

  /** A value node; the root has no parent property at all, as parseTree leaves it. */
  private value(parent: Node | undefined): Node {
    const code = this.text.charCodeAt(this.pos);
    if (code === OPEN_BRACE) return this.object(parent);
    if (code === OPEN_BRACKET) return this.array(parent);
    const offset = this.pos;
    let type: NodeType;
    let value: unknown;
    if (code === QUOTE) {
      value = this.string();
      type = 'string';
    } else if (code === MINUS || isDigit(code)) {
      value = this.number();
      type = 'number';
    } else {
      value = this.keyword();
      type = value === null ? 'null' : 'boolean';
    }
    const length = this.pos - offset;
    return parent ? { type, offset, length, parent, value } : { type, offset, length, value };
  }

  private object(parent: Node | undefined): Node {
    return this.elements(this.container('object', parent), CLOSE_BRACE, (node) => this.property(node));
  }

  private property(parent: Node): Node {
    const offset = this.pos;
    if (this.text.charCodeAt(offset) !== QUOTE) throw NOT_STRICT;
    const property: Building = { type: 'property', offset, length: -1, parent, children: [] };
    const name = this.string();
    (property.children as Node[]).push({ type: 'string', value: name, offset, length: this.pos - offset, parent: property });
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== COLON) throw NOT_STRICT;
    property.colonOffset = this.pos;
    this.pos++;
    this.skipSpace();
    const value = this.value(property);
    (property.children as Node[]).push(value);
    property.length = this.pos - offset;
    return property;
  }

  private array(parent: Node | undefined): Node {
    return this.elements(this.container('array', parent), CLOSE_BRACKET, (node) => this.value(node));
  }

  /** The comma-separated members of an object or array, up to its closing character (no trailing comma). */
  private elements(node: Building, close: number, member: (node: Node) => Node): Node {
    const children = node.children as Node[];
    if (++this.depth > MAX_NESTING) throw NOT_STRICT;
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== close) {
      for (;;) {
        children.push(member(node));
        this.skipSpace();
        const code = this.text.charCodeAt(this.pos);
        if (code === close) break;
        if (code !== COMMA) throw NOT_STRICT;
        this.pos++;
        this.skipSpace();
      }
    }
    this.pos++;
    this.depth--;
    node.length = this.pos - node.offset;
    return node;
  }

  private container(type: 'object' | 'array', parent: Node | undefined): Node {
    const offset = this.pos;
    return parent ? { type, offset, length: -1, parent, children: [] } : { type, offset, length: -1, children: [] };
  }

  /** A string token at the quote, decoded; control characters and unknown escapes are not strict. */
  private string(): string {
    const text = this.text;
    let pos = this.pos + 1;
    let start = pos;
    let result = '';
    for (;;) {
      if (pos >= text.length) throw NOT_STRICT;
      const code = text.charCodeAt(pos);
      if (code === QUOTE) break;
      if (code < 0x20 || code === 0x2028 || code === 0x2029) throw NOT_STRICT;
      if (code !== BACKSLASH) {
        pos++;
        continue;
      }
      result += text.substring(start, pos);
      const escape = text.charCodeAt(pos + 1);
      if (escape === 117 /* u */) {
        const hex = text.substr(pos + 2, 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw NOT_STRICT;
        result += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else {
        const decoded = ESCAPES[escape];
        if (decoded === undefined) throw NOT_STRICT;
        result += decoded;
        pos += 2;
      }
      start = pos;
    }
    result += text.substring(start, pos);
    this.pos = pos + 1;
    return result;
  }

  /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, followed by a delimiter. */
  private number(): number {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    if (text.charCodeAt(pos) === MINUS) pos++;
    if (text.charCodeAt(pos) === ZERO) pos++;
    else if (isDigit(text.charCodeAt(pos))) while (isDigit(text.charCodeAt(pos))) pos++;
    else throw NOT_STRICT;
    if (text.charCodeAt(pos) === DOT) {
      pos++;
      if (!isDigit(text.charCodeAt(pos))) throw NOT_STRICT;
      while (isDigit(text.charCodeAt(pos))) pos++;
    }
    const e = text.charCodeAt(pos);
    if (e === 101 || e === 69) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === 43 || sign === MINUS) pos++;
      if (!isDigit(text.charCodeAt(pos))) throw NOT_STRICT;
      while (isDigit(text.charCodeAt(pos))) pos++;
    }
    this.pos = pos;
    this.expectDelimiter();
    return Number(text.substring(start, pos));
  }

  private keyword(): boolean | null {
    const text = this.text;
    let value: boolean | null;
    if (text.startsWith('true', this.pos)) value = true;
    else if (text.startsWith('false', this.pos)) value = false;
    else if (text.startsWith('null', this.pos)) value = null;
    else throw NOT_STRICT;
    this.pos += value === false ? 5 : 4;
    this.expectDelimiter();
    return value;
  }

  /** A number or keyword must end where jsonc-parser's scanner ends it: at whitespace, ",", "}", "]" or the end. */
  private expectDelimiter(): void {
    if (this.pos >= this.text.length) return;
    const code = this.text.charCodeAt(this.pos);
    if (!isSpace(code) && code !== COMMA && code !== CLOSE_BRACE && code !== CLOSE_BRACKET) throw NOT_STRICT;
  }
}

/**
 * The parseTree tree of a strict JSON text, or undefined when the text is not strict JSON (then
 * jsonc-parser must parse it). A strict text has no syntax error, comment or trailing comma.
 */
export function parseStrictJson(text: string): { root: Node | undefined } | undefined {
  try {
    return { root: new StrictParser(text).parse() };
  } catch {
    // Not strict, or nested deeper than MAX_NESTING: the caller decides.
    return undefined;
  }
}
