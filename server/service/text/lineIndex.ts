/** Zero-based positions and ranges, shaped like LSP's so the server passes them through untouched. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Converts between offsets and line/character positions (UTF-16 code units, as LSP counts). */
export class LineIndex {
  /** Found on first use: most documents of a CLI run have no finding to place. */
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  private get lineStarts(): number[] {
    if (this.starts) return this.starts;
    const text = this.text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const lineStarts = this.lineStarts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // Between the \r and the \n of a CRLF is no position of its own: it is the end of the line.
    const insideLineBreak = clamped > 0 && this.text.charCodeAt(clamped - 1) === 13 && this.text.charCodeAt(clamped) === 10;
    return { line: low, character: clamped - lineStarts[low] - (insideLineBreak ? 1 : 0) };
  }

  offsetAt(position: Position): number {
    const lineStarts = this.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= lineStarts.length) return this.text.length;
    const start = lineStarts[position.line];
    const end = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : this.text.length;
    return Math.max(start, Math.min(start + position.character, end));
  }

  range(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
  }
}
