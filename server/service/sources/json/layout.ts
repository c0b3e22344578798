import type { SourceNode } from '../types';

/** How the document writes JSON, so that new text looks like its neighbours. */
export interface JsonLayout {
  /** One indentation step (spaces or a tab). */
  unit: string;
  eol: string;
  /** Whether the document writes its lists of strings one item per line. */
  listsOnePerLine: boolean;
}

export function detectLayout(text: string, root: SourceNode | undefined): JsonLayout {
  const match = /\n([ \t]+)"/.exec(text);
  const indent = match?.[1] ?? '  ';
  const unit = indent.startsWith('\t') ? '\t' : ' '.repeat(Math.min(indent.length, 8) || 2);
  return { unit, eol: text.includes('\r\n') ? '\r\n' : '\n', listsOnePerLine: listsOnePerLine(text, root) };
}

/**
 * Whether most of the document's lists of two or more scalars (Action, Resource, condition values)
 * span several lines. Lists of statements do not count: they are one per line in nearly every file.
 * A document without such lists keeps one-line lists.
 */
function listsOnePerLine(text: string, root: SourceNode | undefined): boolean {
  let multiLine = 0;
  let oneLine = 0;
  const visit = (node: SourceNode) => {
    const children = node.children ?? [];
    if (node.type === 'array' && children.length >= 2 && children.every((child) => !child.children)) {
      if (isMultiLine(text, node)) multiLine++;
      else oneLine++;
    }
    for (const child of children) visit(child);
  };
  if (root) visit(root);
  return multiLine > oneLine;
}

export function isMultiLine(text: string, node: SourceNode): boolean {
  return /[\r\n]/.test(text.slice(node.offset, node.offset + node.length));
}

/** The indentation of the line `offset` is on. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

/** The whitespace (line break and indentation, or a space) written just before `offset`. */
export function spacingBefore(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return text.slice(start, offset);
}

/**
 * A JSON value as text: on one line with a space after each comma and colon, or, multi-line, indented
 * one step per level below `indent` (the indentation of the line the value starts on).
 */
export function renderJson(value: unknown, multiLine: boolean, indent: string, layout: JsonLayout): string {
  if (multiLine) return (JSON.stringify(value, null, layout.unit) ?? 'null').split('\n').join(`${layout.eol}${indent}`);
  return renderOneLine(value);
}

function renderOneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderOneLine).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${renderOneLine(item)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
