import { stringify } from 'yaml';
import type { SourceNode } from '../types';

/**
 * How a YAML text is written, read from the text itself, and values rendered that way: the writer's
 * new text looks like its neighbours (quotes, indentation, block or flow lists).
 */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

export interface YamlLayout {
  eol: string;
  /** One indentation step of a nested mapping. */
  unit: string;
  /** Whether a block list under a key is indented (`Key:\n  - a`) or written at the key's column (`Key:\n- a`). */
  indentedLists: boolean;
  /** Whether most lists of two or more scalars are flow lists (`[a, b]`). */
  flowLists: boolean;
  /** The quotes the file uses most, for a string that cannot be plain. */
  quote: Quote;
}

export type Quote = 'single' | 'double';

export function styleOf(text: string, node: SourceNode): ScalarStyle {
  const first = text[node.offset];
  if (first === "'") return 'single';
  if (first === '"') return 'double';
  if (first === '|' || first === '>') return 'block';
  return 'plain';
}

export function isFlowCollection(text: string, node: SourceNode): boolean {
  return text[node.offset] === '[' || text[node.offset] === '{';
}

/** Whether the node sits inside a flow list or mapping (where `,`, `[`, `]`, `{`, `}` end a plain scalar). */
export function inFlow(text: string, node: SourceNode): boolean {
  for (let at = node.parent; at; at = at.parent) {
    if ((at.type === 'array' || at.type === 'object') && isFlowCollection(text, at)) return true;
  }
  return false;
}

/**
 * Whether the node is a copy the parser made for an alias (`*name`) or a merge key: it is not
 * written where it stands, so it cannot be edited there.
 */
export function isAliasCopy(text: string, node: SourceNode): boolean {
  return text[node.offset] === '*' || (node.type === 'property' && text.startsWith('<<', node.offset));
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the line break ending the line `offset` is on (the text's end on the last line). */
export function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** The column of `offset` as spaces, so that new lines start where the node does. */
export function columnOf(text: string, offset: number): string {
  return text.slice(lineStartOf(text, offset), offset).replace(/[^\t]/g, ' ');
}

/** Whether only spaces precede `offset` on its line (it starts its line; not after a `- `). */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

export function detectLayout(text: string, root: SourceNode | undefined): YamlLayout {
  let unit: string | undefined;
  let indentedLists: boolean | undefined;
  let flow = 0;
  let block = 0;
  let single = 0;
  let double = 0;
  const visit = (node: SourceNode) => {
    const children = node.children ?? [];
    if (node.type === 'property') {
      const [key, value] = children;
      if (key && value && !isAliasCopy(text, value) && (value.type === 'object' || value.type === 'array') && !isFlowCollection(text, value) && startsLine(text, key.offset)) {
        const keyColumn = columnOf(text, key.offset).length;
        const valueColumn = columnOf(text, value.offset).length;
        if (value.type === 'object' && unit === undefined && valueColumn > keyColumn) unit = ' '.repeat(valueColumn - keyColumn);
        if (value.type === 'array' && indentedLists === undefined) indentedLists = valueColumn > keyColumn;
      }
    }
    if (node.type === 'array' && children.length >= 2 && children.every((child) => !child.children) && !isAliasCopy(text, node)) {
      if (isFlowCollection(text, node)) flow++;
      else block++;
    }
    if (node.type === 'string' && !isAliasCopy(text, node)) {
      const style = styleOf(text, node);
      if (style === 'single') single++;
      else if (style === 'double') double++;
    }
    for (const child of children) visit(child);
  };
  if (root) visit(root);
  return { eol: text.includes('\r\n') ? '\r\n' : '\n', unit: unit ?? '  ', indentedLists: indentedLists ?? true, flowLists: flow > block, quote: single > double ? 'single' : 'double' };
}

/**
 * Whether a string can be written without quotes here and still read back as the same string, by
 * YAML 1.2 and by YAML 1.1 readers (which take 2012-10-17 for a date and yes/no for booleans).
 */
function plainWorks(value: string, flow: boolean): boolean {
  if (value === '' || /[\r\n]/.test(value) || (flow && /[,[\]{}]/.test(value))) return false;
  return (['1.1', '1.2'] as const).every((version) => stringify(value, { defaultStringType: 'PLAIN', lineWidth: 0, version }).trimEnd() === value);
}

/**
 * A string scalar in `style` when that style can hold it, else quoted: in the neighbour's quotes, or
 * the file's usual ones (`quote`) after a plain neighbour.
 */
export function renderString(value: string, style: ScalarStyle, flow: boolean, quote: Quote = 'double'): string {
  if (style === 'plain' && plainWorks(value, flow)) return value;
  const single = style === 'single' || (style === 'plain' && quote === 'single');
  if (single && !/[\u0000-\u001f]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  // JSON's escapes are a subset of YAML's double-quoted ones.
  return JSON.stringify(value);
}

export function renderScalar(value: unknown, style: ScalarStyle, flow: boolean, quote: Quote = 'double'): string {
  if (typeof value === 'string') return renderString(value, style, flow, quote);
  if (value === null || value === undefined) return 'null';
  return String(value);
}

/** A value on one line: `[a, b]`, `{Key: value}`, or a scalar. */
export function renderFlow(value: unknown, style: ScalarStyle, quote: Quote = 'double'): string {
  if (Array.isArray(value)) return `[${value.map((item) => renderFlow(item, style, quote)).join(', ')}]`;
  if (isMapping(value)) {
    return `{${Object.entries(value).map(([key, item]) => `${renderString(key, keyStyle(style), true, quote)}: ${renderFlow(item, style, quote)}`).join(', ')}}`;
  }
  return renderScalar(value, style, true, quote);
}

/** Keys follow the quoting of values only when it is quoting: plain keys are the norm even beside quoted values. */
function keyStyle(style: ScalarStyle): ScalarStyle {
  return style === 'block' ? 'plain' : style;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isNonEmptyCollection(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : isMapping(value) && Object.keys(value).length > 0;
}

/**
 * Block YAML for values, indented from a given column: what follows a `Key:` (a scalar on its line,
 * or the lines of a mapping or list), what follows a `- `, and the entries of a mapping.
 */
export class BlockRenderer {
  constructor(
    private readonly layout: YamlLayout,
    private readonly style: ScalarStyle,
    private readonly keysStyle: ScalarStyle,
  ) {}

  key(key: string): string {
    return renderString(key, this.keysStyle, false, this.layout.quote);
  }

  /** The text after `Key:` for a key at column `indent`. */
  afterKey(value: unknown, indent: string): string {
    const { eol, unit, indentedLists } = this.layout;
    if (!isNonEmptyCollection(value)) return ` ${renderFlow(value, this.style, this.layout.quote)}`;
    if (Array.isArray(value)) return `${eol}${this.items(value, indentedLists ? indent + unit : indent)}`;
    return `${eol}${this.entries(value as Record<string, unknown>, indent + unit)}`;
  }

  /** `- item` lines at column `indent`. */
  items(values: readonly unknown[], indent: string): string {
    return values.map((value) => `${indent}- ${this.afterDash(value, `${indent}  `)}`).join(this.layout.eol);
  }

  /** The text after `- ` for an item whose content starts at column `inner`. */
  afterDash(value: unknown, inner: string): string {
    if (isMapping(value) && isNonEmptyCollection(value)) return this.entries(value, inner).slice(inner.length);
    return renderFlow(value, this.style, this.layout.quote);
  }

  /** `Key: value` lines at column `indent`. */
  entries(value: Record<string, unknown>, indent: string): string {
    return Object.entries(value)
      .map(([key, item]) => `${indent}${this.key(key)}:${this.afterKey(item, indent)}`)
      .join(this.layout.eol);
  }
}
