/** The nearest character before `offset` that is not white space (undefined at the start). */
export function previousSignificant(text: string, offset: number): string | undefined {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i];
}

/** The nearest character from `offset` on that is not white space (undefined at the end). */
export function nextSignificant(text: string, offset: number): string | undefined {
  let i = offset;
  while (i < text.length && /\s/.test(text[i])) i++;
  return text[i];
}

/** Whether new entries of `collection` are written JSON's way, with braces, brackets and commas: in JSON, and in YAML's flow style. */
export function isFlowCollection(text: string, collection: { offset: number }, format: string): boolean {
  return format === 'json' || text[collection.offset] === '{' || text[collection.offset] === '[';
}

/** Whether only spaces lie between the start of the cursor's line and the cursor: where a YAML block entry can start. */
export function atLineStart(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, offset));
}
