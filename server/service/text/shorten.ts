/** How much of a value a message quotes; beyond it the value is cut and its length given. */
export const MAX_QUOTED_CHARS = 80;

/**
 * A value quoted for a message (as a JSON string), cut when long: a 4.9 MB action name must not
 * become a 4.9 MB message. The cut is on a code point boundary.
 */
export function quoteShort(value: string, max = MAX_QUOTED_CHARS): string {
  if (value.length <= max) return JSON.stringify(value);
  const end = isHighSurrogate(value.charCodeAt(max - 1)) ? max - 1 : max;
  return `${JSON.stringify(value.slice(0, end))}… (${value.length} characters)`;
}

/** A text for a message, cut when long, unquoted (error messages, RegExp sources). */
export function shorten(text: string, max = 200): string {
  if (text.length <= max) return text;
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length} characters)`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
