import type { TextEdit } from '../text/lineIndex';

/**
 * The contract between a document's syntax and everything above it (the policy model, rules, features):
 * one adapter per format parses its text into source nodes and writes edits in its own syntax.
 */

/** The syntaxes policies are read from. */
export type SourceFormat = 'json' | 'yaml' | 'terraform';

/**
 * A node of the positioned tree every format parses into. Its shape is jsonc-parser's Node (so a JSON
 * parse needs no copy, and jsonc-parser's tree helpers work on every format), but offsets always point
 * into the document's own text: for YAML, the scalar as written (quotes included); for a mapping, from
 * its first key to the end of its last value. `value` is the scalar's value after unquoting and
 * unescaping, whatever the syntax.
 */
export interface SourceNode {
  readonly type: 'object' | 'array' | 'property' | 'string' | 'number' | 'boolean' | 'null';
  readonly offset: number;
  readonly length: number;
  readonly colonOffset?: number;
  readonly parent?: SourceNode;
  readonly children?: SourceNode[];
  readonly value?: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a scalar of any JSON type, as jsonc-parser types it
}

/**
 * Text edits in one document's syntax, so that rules and fixes never write JSON (or YAML) themselves:
 * each operation keeps the user's layout (one-line or one-per-line lists, quotes, indentation).
 * Values are plain JSON values; the writer renders them.
 */
export interface SourceWriter {
  readonly format: SourceFormat;
  /** `value` rendered as this syntax writes it where `at` stands (a scalar, a list, a mapping). */
  valueText(value: unknown, at: SourceNode): string;
  /** Replaces a node (scalar, list or mapping) with `value`. */
  setValue(node: SourceNode, value: unknown): TextEdit[];
  /** Replaces value[offset, offset + length) of a string scalar, re-quoting it when the new text needs it. */
  replaceInString(node: SourceNode, valueOffset: number, valueLength: number, newText: string): TextEdit[];
  /** The document span of value[offset, offset + length) of a string scalar (the whole scalar when escapes or folding shift it). */
  stringSpan(node: SourceNode, valueOffset: number, valueLength: number): { offset: number; length: number };
  /** Adds values to a string-or-list element: a scalar becomes a list, a list grows in its own layout. */
  appendToList(element: SourceNode, values: unknown[]): TextEdit[];
  /**
   * Replaces one list item with `values`, each an item in the list's layout (none removes it); a bare
   * scalar (a string-or-list element holding one value) becomes a list when given several.
   */
  replaceListItem(item: SourceNode, values: unknown[]): TextEdit[];
  /** Removes list items by index; removing all leaves an empty list. Never overlapping edits. */
  removeListItems(list: SourceNode, indexes: number[]): TextEdit[];
  /** Inserts `key: value` into a mapping before the property at `index` (at the end when index >= length). */
  insertProperty(object: SourceNode, key: string, value: unknown, index: number): TextEdit[];
  /** Removes a property (a `property` node) with its separator. */
  removeProperty(property: SourceNode): TextEdit[];
  /** Renames a property's key, keeping its value as written. */
  renameKey(property: SourceNode, newKey: string): TextEdit[];
}

/** A syntax error in a format's own words (JSON's come as jsonc-parser codes, rendered by the json-syntax rule). */
export interface SourceSyntaxError {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}
