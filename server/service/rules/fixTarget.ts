import { findNodeAtLocation, getNodePath, type JSONPath, type Node } from 'jsonc-parser';
import type { ParsedDocument } from '../document/parsedDocument';
import type { SourceNode } from '../sources/types';

/**
 * Fixes find their node again by the JSON path a rule put in Diagnostic.data, in any format: offsets
 * and ranges go stale when the client sends back an older diagnostic, a path names the same element.
 */

/** The path of a node (a property's key node has its value's path). */
export function pathOf(node: SourceNode): JSONPath {
  return getNodePath(node as Node);
}

/** A JSON path carried in diagnostic data; checked because data comes back through the client. */
export function pathFromData(data: Record<string, unknown> | undefined, field = 'path'): JSONPath | undefined {
  const path = data?.[field];
  return Array.isArray(path) && path.every((p) => typeof p === 'string' || typeof p === 'number') ? path : undefined;
}

/** The node at the path that data[field] carries (a property's value when it names a property). */
export function nodeFromData(doc: ParsedDocument, data: Record<string, unknown> | undefined, field = 'path'): SourceNode | undefined {
  const path = pathFromData(data, field);
  return path && doc.root ? findNodeAtLocation(doc.root, path) : undefined;
}

/** The property (key and value) whose value is at that path. */
export function propertyFromData(doc: ParsedDocument, data: Record<string, unknown> | undefined, field = 'path'): SourceNode | undefined {
  const value = nodeFromData(doc, data, field);
  return value?.parent?.type === 'property' ? value.parent : undefined;
}
