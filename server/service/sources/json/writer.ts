import type { ParsedDocument } from '../../document/parsedDocument';
import { replaceNode, replaceSpan } from '../../text/edits';
import type { TextEdit } from '../../text/lineIndex';
import type { SourceNode, SourceWriter } from '../types';
import { detectLayout, indentAt, isMultiLine, renderJson, spacingBefore, type JsonLayout } from './layout';
import { removeElements } from '../commaSeparated';
import { replaceInValue, valueSpan } from './stringSpans';

/**
 * Edits in JSON text that keep the user's layout: a one-line list or object grows on its line, a
 * multi-line one gets new lines indented like its items, and a scalar that becomes a list is written
 * one item per line when the document writes its lists that way.
 */
export function jsonWriter(doc: ParsedDocument): SourceWriter {
  let found: JsonLayout | undefined;
  const layout = () => (found ??= detectLayout(doc.text, doc.root));
  const render = (value: unknown, multiLine: boolean, offset: number) => renderJson(value, multiLine, indentAt(doc.text, offset), layout());

  /** `[a, b]` for a bare scalar's place, one item per line when the document's lists are. */
  const newList = (at: SourceNode, items: string[]): string => {
    if (!layout().listsOnePerLine) return `[${items.join(', ')}]`;
    const indent = indentAt(doc.text, at.offset);
    const { eol, unit } = layout();
    return `[${eol}${items.map((item) => indent + unit + item).join(`,${eol}`)}${eol}${indent}]`;
  };

  const appendToArray = (list: SourceNode, values: unknown[]): TextEdit[] => {
    const last = list.children?.[list.children.length - 1];
    const multiLine = isMultiLine(doc.text, list);
    if (!last) {
      if (!multiLine && !layout().listsOnePerLine) return [replaceSpan(doc, list.offset + 1, list.length - 2, values.map((v) => render(v, false, list.offset)).join(', '))];
      const { eol, unit } = layout();
      const indent = indentAt(doc.text, list.offset);
      const items = values.map((v) => indent + unit + renderJson(v, true, indent + unit, layout()));
      return [replaceSpan(doc, list.offset + 1, list.length - 2, `${eol}${items.join(`,${eol}`)}${eol}${indent}`)];
    }
    if (!multiLine) return [replaceSpan(doc, last.offset + last.length, 0, values.map((v) => `, ${render(v, false, last.offset)}`).join(''))];
    const indent = indentAt(doc.text, last.offset);
    return [replaceSpan(doc, last.offset + last.length, 0, values.map((v) => `,${layout().eol}${indent}${render(v, true, last.offset)}`).join(''))];
  };

  const writer: SourceWriter = {
    format: 'json',
    valueText: (value, at) => render(value, isMultiLine(doc.text, at), at.offset),
    setValue: (node, value) => [replaceNode(doc, node, render(value, isMultiLine(doc.text, node), node.offset))],
    replaceInString: (node, offset, length, newText) => [replaceInValue(doc, node, offset, length, newText)],
    stringSpan: (node, offset, length) => valueSpan(doc.text, node, offset, length),
    appendToList: (element, values) => {
      if (element.type === 'array') return appendToArray(element, values);
      if (element.type === 'object') return [];
      const current = doc.text.slice(element.offset, element.offset + element.length);
      return [replaceNode(doc, element, newList(element, [current, ...values.map((v) => render(v, false, element.offset))]))];
    },
    replaceListItem: (item, values) => {
      const list = item.parent;
      if (list?.type !== 'array') {
        if (values.length === 1) return writer.setValue(item, values[0]);
        return [replaceNode(doc, item, newList(item, values.map((v) => render(v, false, item.offset))))];
      }
      if (values.length === 0) return removeElements(doc, list, [list.children?.indexOf(item) ?? -1]);
      const separator = isMultiLine(doc.text, list) ? `,${layout().eol}${indentAt(doc.text, item.offset)}` : ', ';
      return [replaceNode(doc, item, values.map((v) => render(v, false, item.offset)).join(separator))];
    },
    removeListItems: (list, indexes) => removeElements(doc, list, indexes),
    insertProperty: (object, key, value, index) => insertJsonProperty(doc, object, key, value, index, layout()),
    removeProperty: (property) => removeJsonProperty(doc, property),
    renameKey: (property, newKey) => {
      const key = property.children?.[0];
      return key ? [replaceNode(doc, key, JSON.stringify(newKey))] : [];
    },
  };
  return writer;
}

/** `"key": value` before the property at `index`, copying its neighbour's spacing (and, in a multi-line object, its layout). */
function insertJsonProperty(doc: ParsedDocument, object: SourceNode, key: string, value: unknown, index: number, layout: JsonLayout): TextEdit[] {
  if (object.type !== 'object') return [];
  const props = object.children ?? [];
  const multiLine = isMultiLine(doc.text, object);
  const property = (at: number) => `${JSON.stringify(key)}: ${renderJson(value, multiLine, indentAt(doc.text, at), layout)}`;
  if (props.length === 0) return [replaceSpan(doc, object.offset + 1, 0, property(object.offset))];
  const at = Math.max(0, Math.min(index, props.length));
  if (at < props.length) {
    const next = props[at];
    return [replaceSpan(doc, next.offset, 0, `${property(next.offset)},${spacingBefore(doc.text, next.offset) || ' '}`)];
  }
  const last = props[props.length - 1];
  return [replaceSpan(doc, last.offset + last.length, 0, `,${spacingBefore(doc.text, last.offset) || ' '}${property(last.offset)}`)];
}

/** A property with the comma after it (or before it, for the last one). */
function removeJsonProperty(doc: ParsedDocument, property: SourceNode): TextEdit[] {
  const siblings = property.parent?.children ?? [property];
  const i = siblings.indexOf(property);
  const next = siblings[i + 1];
  const previous = siblings[i - 1];
  if (next) return [replaceSpan(doc, property.offset, next.offset - property.offset, '')];
  if (previous) return [replaceSpan(doc, previous.offset + previous.length, property.offset + property.length - previous.offset - previous.length, '')];
  return [replaceSpan(doc, property.offset, property.length, '')];
}
