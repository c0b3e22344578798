import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { MAX_NESTING } from '../json/nestingDepth';
import type { SourceNode, SourceSyntaxError } from '../types';
import { intrinsicKeyOfTag } from './intrinsics';

/** What a YAML text reads as: the tree in JSON's shape with offsets into the text, and what is wrong with it. */
export interface YamlParse {
  root: SourceNode | undefined;
  errors: SourceSyntaxError[];
  /** Nested deeper than MAX_NESTING, so not read. */
  tooDeep: boolean;
}

/**
 * How many nodes aliases may add to the tree in all: each alias is read as a copy of what its anchor
 * holds, so a few lines of aliases of aliases could otherwise expand to millions of nodes.
 */
const ALIAS_NODE_BUDGET = 100_000;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Built = Mutable<SourceNode>;

/** Where a copy made for an alias sits: every node of the copy points at the alias as written. */
interface Span {
  offset: number;
  length: number;
}

class TooDeep extends Error {}

/**
 * Parses YAML into source nodes shaped as jsonc-parser builds them (so policy discovery, rules and the
 * cursor work unchanged): scalars keep their extent as written (quotes, block scalar headers),
 * mappings and sequences span their first to their last entry, CloudFormation short forms become
 * their one-key long form, aliases and merge keys (`<<`) are read as what they stand for.
 */
export function parseYaml(text: string): YamlParse {
  let document: Document.Parsed;
  try {
    // Duplicate keys are kept, so the duplicate-key rule can point at both.
    document = parseDocument(text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  } catch (error) {
    if (error instanceof RangeError) return { root: undefined, errors: [], tooDeep: true };
    throw error;
  }
  const errors: SourceSyntaxError[] = document.errors.map((error) => ({
    offset: error.pos[0],
    length: Math.max(error.pos[1] - error.pos[0], 1),
    message: error.message,
  }));
  const builder = new TreeBuilder(text, document, errors);
  try {
    const root = document.contents ? builder.build(document.contents, undefined, 0, undefined) : undefined;
    return { root, errors, tooDeep: false };
  } catch (error) {
    if (error instanceof TooDeep || error instanceof RangeError) return { root: undefined, errors, tooDeep: true };
    throw error;
  }
}

class TreeBuilder {
  private aliasNodes = 0;
  private aliasBudgetReported = false;
  private readonly anchorTargets = new Map<YamlNode, YamlNode | undefined>();

  constructor(
    private readonly text: string,
    private readonly document: Document.Parsed,
    private readonly errors: SourceSyntaxError[],
  ) {}

  /** The source node for a YAML node, or undefined for an empty value (`Key:` with nothing after it). */
  build(node: YamlNode, parent: Built | undefined, depth: number, copyAt: Span | undefined, readTag = true): Built | undefined {
    if (depth > MAX_NESTING) throw new TooDeep();
    if (isAlias(node)) return this.alias(node, parent, depth);
    if (copyAt && ++this.aliasNodes > ALIAS_NODE_BUDGET) return this.overBudget(parent, copyAt);
    const intrinsic = readTag ? intrinsicKeyOfTag(node.tag) : undefined;
    if (intrinsic !== undefined) return this.intrinsic(node, intrinsic, parent, depth, copyAt);
    if (isScalar(node)) return this.scalar(node, parent, copyAt);
    if (isMap(node)) {
      const object: Built = { type: 'object', ...this.span(node, copyAt), parent, children: [] };
      const merges: { pair: Pair; at: number }[] = [];
      for (const pair of node.items) {
        if (isMergeKey(pair.key as YamlNode | null)) merges.push({ pair, at: object.children!.length });
        else this.addPair(object, pair, depth, copyAt);
      }
      // Merged entries are added once all the mapping's own keys are known (they win, wherever
      // written), at the merge key's place, so that the children stay in text order.
      for (let i = merges.length - 1; i >= 0; i--) this.merge(object, merges[i].pair.value as YamlNode | null, merges[i].at, depth);
      return this.fitToChildren(object, node, copyAt);
    }
    if (isSeq(node)) {
      const array: Built = { type: 'array', ...this.span(node, copyAt), parent, children: [] };
      for (const item of node.items) {
        const child = item ? this.build(item as YamlNode, array, depth + 1, copyAt) : undefined;
        // `-` with nothing after it is a null item, so list indexes stay as written.
        array.children!.push(child ?? this.nullAt(array, item ? this.span(item as YamlNode, copyAt) : (copyAt ?? { offset: array.offset, length: 0 })));
      }
      return this.fitToChildren(array, node, copyAt);
    }
    return undefined;
  }

  /** `*name` reads as a copy of what `&name` holds, placed at the alias. */
  private alias(node: YamlNode & { resolve(doc: Document): YamlNode | undefined }, parent: Built | undefined, depth: number): Built | undefined {
    // Resolving searches the document for the anchor: once per alias as written, however often copied.
    let target = this.anchorTargets.get(node);
    if (!this.anchorTargets.has(node)) this.anchorTargets.set(node, (target = node.resolve(this.document)));
    const at = this.span(node, undefined);
    if (!target) return this.nullAt(parent, at);
    return this.build(target, parent, depth + 1, at);
  }

  private overBudget(parent: Built | undefined, at: Span): Built {
    if (!this.aliasBudgetReported) {
      this.aliasBudgetReported = true;
      this.errors.push({ ...at, message: `Aliases here expand to more than ${ALIAS_NODE_BUDGET.toLocaleString('en-US')} values, so the rest of what they stand for is not read.` });
    }
    return this.nullAt(parent, at);
  }

  /** `!Sub text` becomes {"Fn::Sub": text}: one property whose key is the tag as written. */
  private intrinsic(node: YamlNode, key: string, parent: Built | undefined, depth: number, copyAt: Span | undefined): Built {
    const valueStart = node.range![0];
    const tagStart = copyAt ? copyAt.offset : this.tagOffset(node.tag!, valueStart);
    const tagLength = copyAt ? copyAt.length : node.tag!.length;
    const object: Built = { type: 'object', offset: tagStart, length: tagLength, parent, children: [] };
    const property: Built = { type: 'property', offset: tagStart, length: tagLength, colonOffset: tagStart + tagLength, parent: object, children: [] };
    property.children!.push({ type: 'string', offset: tagStart, length: tagLength, value: key, parent: property });
    const value = this.build(node, property, depth + 1, copyAt, false);
    if (value) {
      property.children!.push(value);
      property.length = object.length = value.offset + value.length - tagStart;
    }
    object.children!.push(property);
    return object;
  }

  /** Where the tag `tag` that precedes the node starting at `valueStart` is written (only anchors, spaces and comments lie between). */
  private tagOffset(tag: string, valueStart: number): number {
    const at = this.text.lastIndexOf(tag, valueStart);
    return at < 0 ? valueStart : at;
  }

  private scalar(node: Scalar, parent: Built | undefined, copyAt: Span | undefined): Built | undefined {
    const span = this.span(node, copyAt);
    const value: unknown = node.value;
    if (value === null && span.length === 0) return undefined;
    if (!copyAt && (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL)) {
      // A block scalar's range runs through the line breaks after it; its extent ends at its last character.
      while (span.length > 0 && /\s/.test(this.text[span.offset + span.length - 1])) span.length--;
    }
    if (typeof value === 'string') return { type: 'string', ...span, value, parent };
    if (typeof value === 'number') return { type: 'number', ...span, value, parent };
    if (typeof value === 'bigint') return { type: 'number', ...span, value: Number(value), parent };
    if (typeof value === 'boolean') return { type: 'boolean', ...span, value, parent };
    if (value === null) return { type: 'null', ...span, value: null, parent };
    return { type: 'string', ...span, value: node.source ?? String(value), parent };
  }

  private addPair(object: Built, pair: Pair, depth: number, copyAt: Span | undefined): void {
    const keyNode = pair.key as YamlNode | null;
    const property: Built = { type: 'property', offset: 0, length: 0, parent: object, children: [] };
    const key = this.key(keyNode, property, copyAt);
    const value = pair.value ? this.build(pair.value as YamlNode, property, depth + 1, copyAt) : undefined;
    const colon = copyAt ? copyAt.offset : this.text.indexOf(':', key.offset + key.length);
    property.offset = key.offset;
    property.colonOffset = colon < 0 || (value && colon > value.offset) ? key.offset + key.length : colon;
    const end = value ? value.offset + value.length : Math.max(key.offset + key.length, property.colonOffset + 1);
    property.length = copyAt ? copyAt.length : end - key.offset;
    property.children!.push(key);
    if (value) property.children!.push(value);
    object.children!.push(property);
  }

  /** A mapping key as a string node (`1:` is the key "1"; a `? [complex]` key reads as its text). */
  private key(node: YamlNode | null, parent: Built, copyAt: Span | undefined): Built {
    const span = node?.range ? this.span(node, copyAt) : (copyAt ?? { offset: 0, length: 0 });
    const value = isScalar(node) ? String(node.value ?? '') : this.text.slice(span.offset, span.offset + span.length);
    return { type: 'string', ...span, value, parent };
  }

  /**
   * `<<: *base` (or `<<: [*a, *b]`) adds the merged mappings' entries that the mapping does not set
   * itself, as YAML's merge key means; each added entry points at its alias.
   */
  private merge(object: Built, value: YamlNode | null, at: number, depth: number): void {
    const sources = isSeq(value) ? (value.items as YamlNode[]) : value ? [value] : [];
    const taken = new Set((object.children ?? []).map((p) => p.children?.[0]?.value as unknown));
    const added: Built[] = [];
    // In `<<: [*a, *b]` an entry of *a wins over the same key in *b.
    for (const source of sources) {
      const merged = this.build(source, object, depth + 1, undefined);
      if (merged?.type !== 'object') continue;
      for (const property of merged.children ?? []) {
        const key = property.children?.[0]?.value as unknown;
        if (taken.has(key)) continue;
        taken.add(key);
        (property as Built).parent = object;
        added.push(property);
      }
    }
    object.children!.splice(at, 0, ...added);
  }

  private span(node: YamlNode, copyAt: Span | undefined): Span {
    if (copyAt) return { offset: copyAt.offset, length: copyAt.length };
    const [start, end] = node.range!;
    return { offset: start, length: end - start };
  }

  /** A block mapping or sequence spans its first entry to the end of its last, not the line breaks after. */
  private fitToChildren(collection: Built, node: YamlNode & { flow?: boolean }, copyAt: Span | undefined): Built {
    const children = collection.children ?? [];
    if (copyAt || node.flow || children.length === 0) return collection;
    const last = children[children.length - 1];
    const start = collection.type === 'object' ? children[0].offset : collection.offset;
    collection.offset = start;
    collection.length = Math.max(last.offset + last.length, start) - start;
    return collection;
  }

  private nullAt(parent: Built | undefined, at: Span): Built {
    return { type: 'null', offset: at.offset, length: at.length, value: null, parent };
  }
}

function isMergeKey(node: YamlNode | null): boolean {
  return isScalar(node) && node.value === '<<' && node.type === Scalar.PLAIN;
}
