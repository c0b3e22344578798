/**
 * Answers remembered by text across documents and keystrokes (compiled patterns, parsed values), with a
 * bound so that a pathological document cannot grow one forever: past it the memo starts over.
 *
 * V8 keeps a substring of 13 characters or more as a view into the string it was cut from, and nearly
 * every string a rule sees is cut from a document's text. A memo holding such a string as its key (or
 * in an answer) would keep that whole document alive: linting 10,000 files kept 7,600 of their texts
 * (19 MB) that way. So the memo stores copies (see ownCopy).
 */
export class TextMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(text: string): V | undefined {
    return this.entries.get(text);
  }

  has(text: string): boolean {
    return this.entries.has(text);
  }

  /** Remembers the answer for `text` and returns it. */
  set(text: string, answer: V): V {
    return this.store(ownCopy(text), answer);
  }

  /** The answer for `text`, computed on the first ask from a copy of it, for answers that hold parts of their text. */
  getOrCompute(text: string, compute: (copy: string) => V): V {
    if (this.entries.has(text)) return this.entries.get(text) as V;
    const copy = ownCopy(text);
    return this.store(copy, compute(copy));
  }

  private store(copy: string, answer: V): V {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(copy, answer);
    return answer;
  }
}

/** Substrings shorter than this are copies already; longer ones are views of their parent (V8's SlicedString). */
const SHORTEST_VIEW = 13;

/**
 * The same characters in a string of their own, holding no reference to the text they were cut from.
 * Concatenation followed by a slice makes V8 flatten into a new string: the result keeps only that
 * copy (one character longer) alive.
 */
export function ownCopy(text: string): string {
  return text.length < SHORTEST_VIEW ? text : ` ${text}`.slice(1);
}
