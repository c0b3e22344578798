import type { ParsedDocument } from '../../document/parsedDocument';
import { replaceSpan } from '../../text/edits';
import type { TextEdit } from '../../text/lineIndex';
import { removeElements } from '../commaSeparated';
import type { SourceNode, SourceWriter } from '../types';
import {
  BlockRenderer,
  columnOf,
  detectLayout,
  inFlow,
  isAliasCopy,
  isFlowCollection,
  lineEndOf,
  lineStartOf,
  renderFlow,
  renderScalar,
  renderString,
  startsLine,
  styleOf,
  type ScalarStyle,
  type YamlLayout,
} from './style';

/**
 * Edits in YAML text in the file's own style: block or flow lists and mappings as the neighbours are
 * written, their quotes (plain, 'single', "double"), their indentation; comments on other lines stay.
 * Nodes the parser copied for an alias are not written where they stand, so they are never edited.
 */
export function yamlWriter(doc: ParsedDocument): SourceWriter {
  const { text } = doc;
  let found: YamlLayout | undefined;
  const layout = () => (found ??= detectLayout(text, doc.root));
  const span = (offset: number, length: number, newText: string) => replaceSpan(doc, offset, length, newText);
  const blocks = (style: ScalarStyle, keys: ScalarStyle = 'plain') => new BlockRenderer(layout(), style, keys);

  /** The style a new string next to `node` takes: the node's own, else its siblings'. */
  const neighbourStyle = (node: SourceNode | undefined): ScalarStyle => {
    if (!node) return 'plain';
    if (node.type === 'string') return styleOf(text, node);
    for (const child of node.children ?? []) {
      const scalar = child.type === 'property' ? child.children?.[1] : child;
      if (scalar?.type === 'string' && !isAliasCopy(text, scalar)) return styleOf(text, scalar);
    }
    return 'plain';
  };
  const keyStyleOf = (object: SourceNode): ScalarStyle => {
    const key = object.children?.[0]?.children?.[0];
    const style = key ? styleOf(text, key) : 'plain';
    return style === 'block' ? 'plain' : style;
  };

  /** Replaces the value of a `Key:` in block context, from just after the colon, with block text. */
  const replaceAfterColon = (property: SourceNode, node: SourceNode, value: unknown, style: ScalarStyle): TextEdit[] => {
    const key = property.children?.[0];
    if (!key || property.colonOffset === undefined) return [];
    const start = property.colonOffset + 1;
    return [span(start, node.offset + node.length - start, blocks(style).afterKey(value, columnOf(text, key.offset)))];
  };

  /** `value` in place of `node`, in the node's context (flow, a `- ` item, or a `Key:` value). */
  const setValue = (node: SourceNode, value: unknown, style = neighbourStyle(node)): TextEdit[] => {
    if (isAliasCopy(text, node)) return [];
    const flow = inFlow(text, node);
    const collection = value !== null && typeof value === 'object';
    if (!collection) return [span(node.offset, node.length, renderScalar(value, style, flow, layout().quote))];
    if (flow) return [span(node.offset, node.length, renderFlow(value, style, layout().quote))];
    const parent = node.parent;
    if (parent?.type === 'property') return replaceAfterColon(parent, node, value, style);
    if (parent?.type === 'array') return [span(node.offset, node.length, blocks(style).afterDash(value, columnOf(text, node.offset)))];
    return [span(node.offset, node.length, renderFlow(value, style, layout().quote))];
  };

  /**
   * A scalar element (a `Key:` value) written as a list of `written` (texts kept as they stand) and
   * `values`: a flow list in flow context or when the file writes its lists that way, else a block list.
   */
  const asList = (element: SourceNode, written: string[], values: unknown[], style: ScalarStyle): TextEdit[] => {
    if (isAliasCopy(text, element)) return [];
    const property = element.parent;
    const key = property?.type === 'property' ? property.children?.[0] : undefined;
    if (inFlow(text, element) || layout().flowLists || !key || property?.colonOffset === undefined) {
      return [span(element.offset, element.length, `[${[...written, ...values.map((v) => renderFlow(v, style, layout().quote))].join(', ')}]`)];
    }
    const { eol, unit, indentedLists } = layout();
    const indent = columnOf(text, key.offset) + (indentedLists ? unit : '');
    const renderer = blocks(style);
    const items = [...written, ...values.map((v) => renderer.afterDash(v, `${indent}  `))];
    const start = property.colonOffset + 1;
    return [span(start, element.offset + element.length - start, `${eol}${items.map((item) => `${indent}- ${item}`).join(eol)}`)];
  };

  const appendToList = (element: SourceNode, values: unknown[]): TextEdit[] => {
    if (isAliasCopy(text, element) || values.length === 0) return [];
    const style = neighbourStyle(element);
    if (element.type !== 'array') {
      if (element.type === 'object') return [];
      return asList(element, [text.slice(element.offset, element.offset + element.length)], values, style);
    }
    const items = element.children ?? [];
    const last = items[items.length - 1];
    if (isFlowCollection(text, element)) {
      if (!last) return [span(element.offset + 1, element.length - 2, values.map((v) => renderFlow(v, style, layout().quote)).join(', '))];
      return [span(last.offset + last.length, 0, values.map((v) => `, ${renderFlow(v, style, layout().quote)}`).join(''))];
    }
    if (!last) return [];
    // After the last item's line, so a comment at its end stays with it.
    const indent = columnOf(text, dashBefore(text, items[0].offset));
    const renderer = blocks(style);
    const added = values.map((v) => `${layout().eol}${indent}- ${renderer.afterDash(v, `${indent}  `)}`).join('');
    return [span(lineEndOf(text, last.offset + last.length), 0, added)];
  };

  const removeListItems = (list: SourceNode, indexes: number[]): TextEdit[] => {
    if (isAliasCopy(text, list)) return [];
    if (isFlowCollection(text, list)) return removeElements(doc, list, indexes);
    const items = list.children ?? [];
    const removed = new Set(indexes.filter((i) => i >= 0 && i < items.length));
    if (removed.size === 0 || [...removed].some((i) => isAliasCopy(text, items[i]))) return [];
    if (removed.size === items.length) {
      const property = list.parent;
      if (property?.type === 'property' && property.colonOffset !== undefined) {
        const start = property.colonOffset + 1;
        return [span(start, list.offset + list.length - start, ' []')];
      }
      return [span(list.offset, list.length, '[]')];
    }
    // Whole lines: from an item's `- ` line to the next kept item's.
    const lineOf = (i: number) => lineStartOf(text, dashBefore(text, items[i].offset));
    const edits: TextEdit[] = [];
    for (let start = 0; start < items.length; start++) {
      if (!removed.has(start)) continue;
      let end = start;
      while (removed.has(end + 1)) end++;
      const next = items[end + 1];
      const from = lineOf(start);
      const to = next ? lineOf(end + 1) : nextLineStart(text, items[end].offset + items[end].length);
      if (to !== undefined) edits.push(span(from, to - from, ''));
      else {
        // The last line of the text: from the end of the line before.
        const previous = items[start - 1];
        const before = lineEndOf(text, previous.offset + previous.length);
        edits.push(span(before, text.length - before, ''));
      }
      start = end;
    }
    return edits;
  };

  const replaceListItem = (item: SourceNode, values: unknown[]): TextEdit[] => {
    const list = item.parent;
    if (isAliasCopy(text, item)) return [];
    const style = neighbourStyle(list?.type === 'array' ? list : item);
    if (list?.type !== 'array') {
      if (values.length === 1) return setValue(item, values[0], style);
      return asList(item, [], values, style);
    }
    if (values.length === 0) return removeListItems(list, [list.children?.indexOf(item) ?? -1]);
    if (isFlowCollection(text, list)) return [span(item.offset, item.length, values.map((v) => renderFlow(v, style, layout().quote)).join(', '))];
    const indent = columnOf(text, dashBefore(text, item.offset));
    const renderer = blocks(style);
    const rendered = values.map((v) => renderer.afterDash(v, `${indent}  `));
    // The first value takes the item's place (and keeps a comment after it); the others follow on their lines.
    const lineEnd = lineEndOf(text, item.offset + item.length);
    const rest = text.slice(item.offset + item.length, lineEnd);
    return [span(item.offset, lineEnd - item.offset, rendered[0] + rest + rendered.slice(1).map((r) => `${layout().eol}${indent}- ${r}`).join(''))];
  };

  const insertProperty = (object: SourceNode, key: string, value: unknown, index: number): TextEdit[] => {
    if (object.type !== 'object' || isAliasCopy(text, object)) return [];
    const props = object.children ?? [];
    const style = neighbourStyle(object);
    const keys = keyStyleOf(object);
    if (isFlowCollection(text, object)) {
      const entry = `${renderString(key, keys, true, layout().quote)}: ${renderFlow(value, style, layout().quote)}`;
      if (props.length === 0) return [span(object.offset + 1, object.length - 2, entry)];
      const at = Math.max(0, Math.min(index, props.length));
      if (at < props.length) return [span(props[at].offset, 0, `${entry}, `)];
      const last = props[props.length - 1];
      return [span(last.offset + last.length, 0, `, ${entry}`)];
    }
    const first = props[0];
    if (!first) return [];
    const indent = columnOf(text, first.offset);
    const renderer = blocks(style, keys);
    const entry = `${renderer.key(key)}:${renderer.afterKey(value, indent)}`;
    const { eol } = layout();
    const at = Math.max(0, Math.min(index, props.length));
    if (at < props.length) {
      const next = props[at];
      if (isAliasCopy(text, next)) return [];
      // Before a key that starts its line; or, for the first key of a `- ` item, on the dash's line.
      if (startsLine(text, next.offset)) return [span(lineStartOf(text, next.offset), 0, `${indent}${entry}${eol}`)];
      return [span(next.offset, 0, `${entry}${eol}${indent}`)];
    }
    const last = props[props.length - 1];
    return [span(lineEndOf(text, last.offset + last.length), 0, `${eol}${indent}${entry}`)];
  };

  const removeProperty = (property: SourceNode): TextEdit[] => {
    const object = property.parent;
    if (!object || isAliasCopy(text, property)) return [];
    if (isFlowCollection(text, object)) {
      const siblings = object.children ?? [];
      return removeElements(doc, object, [siblings.indexOf(property)]);
    }
    const siblings = object.children ?? [];
    const i = siblings.indexOf(property);
    const next = siblings[i + 1];
    const previous = siblings[i - 1];
    if (!next && !previous) return [span(property.offset, property.length, '{}')];
    if (!startsLine(text, property.offset)) {
      // The first key of a `- ` item: the next key moves up onto the dash's line.
      return next ? [span(property.offset, next.offset - property.offset, '')] : [];
    }
    // Whole lines, through the line break after the property, so an insertion at the previous line's end never touches the removal.
    const from = lineStartOf(text, property.offset);
    const to = next ? lineStartOf(text, next.offset) : nextLineStart(text, property.offset + property.length);
    if (to !== undefined) return [span(from, to - from, '')];
    const before = lineEndOf(text, previous.offset + previous.length);
    return [span(before, text.length - before, '')];
  };

  const writer: SourceWriter = {
    format: 'yaml',
    valueText: (value, at) => (inFlow(text, at) || value === null || typeof value !== 'object' ? renderFlow(value, neighbourStyle(at), layout().quote) : blocks(neighbourStyle(at)).afterKey(value, columnOf(text, at.offset)).trimStart()),
    setValue: (node, value) => setValue(node, value),
    replaceInString: (node, offset, length, newText) => {
      if (isAliasCopy(text, node) || typeof node.value !== 'string') return [];
      const value = node.value;
      const style = styleOf(text, node);
      const inner = innerSpan(text, node, style);
      const fitsInPlace = inner && (style === 'plain' ? plainStaysPlain(value, offset, length, newText, inFlow(text, node)) : !/[\r\n\u0000-\u001f]/.test(newText) && !newText.includes(style === 'single' ? "'" : '"') && !(style === 'double' && newText.includes('\\')));
      if (inner && fitsInPlace) return [span(inner.offset + offset, length, newText)];
      const replaced = value.slice(0, offset) + newText + value.slice(offset + length);
      return [span(node.offset, node.length, renderString(replaced, style === 'block' ? 'double' : style, inFlow(text, node), layout().quote))];
    },
    stringSpan: (node, offset, length) => {
      const inner = typeof node.value === 'string' ? innerSpan(text, node, styleOf(text, node)) : undefined;
      return inner ? { offset: inner.offset + offset, length } : { offset: node.offset, length: node.length };
    },
    appendToList,
    replaceListItem,
    removeListItems,
    insertProperty,
    removeProperty,
    renameKey: (property, newKey) => {
      const key = property.children?.[0];
      if (!key || isAliasCopy(text, property)) return [];
      const style = styleOf(text, key);
      return [span(key.offset, key.length, renderString(newKey, style === 'block' ? 'plain' : style, inFlow(text, property), layout().quote))];
    },
  };
  return writer;
}

/** The start of the line after the one `offset` is on, or undefined on the text's last line. */
function nextLineStart(text: string, offset: number): number | undefined {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? undefined : newline + 1;
}

/** The `- ` of a block list item whose content starts at `offset` (the content itself when none is found). */
function dashBefore(text: string, offset: number): number {
  let at = offset - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
  return at >= 0 && text[at] === '-' ? at : offset;
}

/**
 * Where a string scalar's value is written character for character (inside its quotes), or undefined
 * when escapes, doubled quotes or line folding make the written text differ from the value.
 */
function innerSpan(text: string, node: SourceNode, style: ScalarStyle): { offset: number; length: number } | undefined {
  if (style === 'block') return undefined;
  const quote = style === 'plain' ? 0 : 1;
  const offset = node.offset + quote;
  const length = node.length - 2 * quote;
  return text.slice(offset, offset + length) === node.value ? { offset, length } : undefined;
}

/** Whether a plain scalar, edited, still reads as the same kind of plain string. */
function plainStaysPlain(value: string, offset: number, length: number, newText: string, flow: boolean): boolean {
  const replaced = value.slice(0, offset) + newText + value.slice(offset + length);
  return renderString(replaced, 'plain', flow) === replaced;
}
