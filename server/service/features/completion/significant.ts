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
