import { getNodePath, type Node } from 'jsonc-parser';
import type { ParsedDocument } from '../../document/parsedDocument';
import { appendEntry } from '../../arn/arrayEdits';
import { replaceInValue, valueSpan } from '../../arn/stringSpans';
import { jsonString, removeElements, replaceNode, replaceSpan } from '../../text/edits';
import type { TextEdit } from '../../text/lineIndex';
import type { SourceNode, SourceWriter } from '../types';

/** Edits in JSON text: the layout-keeping helpers of text/edits and arn/, behind the format-neutral writer. */
export function jsonWriter(doc: ParsedDocument): SourceWriter {
  return {
    format: 'json',
    valueText: (value) => JSON.stringify(value),
    setValue: (node, value) => [replaceNode(doc, node, JSON.stringify(value))],
    replaceInString: (node, offset, length, newText) => [replaceInValue(doc, node, offset, length, newText)],
    stringSpan: (node, offset, length) => valueSpan(doc, node, offset, length),
    appendToList: (element, values) => appendAll(doc, element, values),
    removeListItems: (list, indexes) => removeElements(doc, list, indexes),
    insertProperty: (object, key, value, index) => insertJsonProperty(doc, object, key, value, index),
    removeProperty: (property) => removeJsonProperty(doc, property),
    renameKey: (property, newKey) => {
      const key = property.children?.[0];
      return key ? [replaceNode(doc, key, jsonString(newKey))] : [];
    },
  };
}

function appendAll(doc: ParsedDocument, element: SourceNode, values: unknown[]): TextEdit[] {
  if (values.length === 1 && typeof values[0] === 'string') return appendEntry(doc, getNodePath(element as Node), element as Node, values[0]);
  const current = element.type === 'array' ? (element.children ?? []).map((c) => doc.text.slice(c.offset, c.offset + c.length)) : [doc.text.slice(element.offset, element.offset + element.length)];
  return [replaceNode(doc, element, `[${[...current, ...values.map((v) => JSON.stringify(v))].join(', ')}]`)];
}

/** `"key": value` before the property at `index`, copying its neighbour's spacing. */
function insertJsonProperty(doc: ParsedDocument, object: SourceNode, key: string, value: unknown, index: number): TextEdit[] {
  if (object.type !== 'object') return [];
  const props = object.children ?? [];
  const property = `${jsonString(key)}: ${JSON.stringify(value)}`;
  if (props.length === 0) return [replaceSpan(doc, object.offset + 1, 0, property)];
  const at = Math.max(0, Math.min(index, props.length));
  if (at < props.length) {
    const next = props[at];
    return [replaceSpan(doc, next.offset, 0, `${property},${spacingBefore(doc.text, next.offset) || ' '}`)];
  }
  const last = props[props.length - 1];
  return [replaceSpan(doc, last.offset + last.length, 0, `,${spacingBefore(doc.text, last.offset) || ' '}${property}`)];
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

/** The whitespace (line break and indentation, or a space) written just before `offset`. */
function spacingBefore(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return text.slice(start, offset);
}
