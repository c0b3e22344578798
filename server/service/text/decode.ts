/** A file's bytes as text, or why they are not a text the service can check. */
export type DecodedText = { text: string } | { undecodable: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/**
 * Decodes a policy file: UTF-8, with or without a byte-order mark, or UTF-16 with one (what Windows
 * PowerShell 5.1's `>` writes). The mark is dropped, as editors drop it, so positions agree. A file
 * with a NUL byte, or that is not valid in its encoding, is binary to us: reading it as text would
 * only turn it into "no problems found".
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  try {
    if (b0 === 0xff && b1 === 0xfe) return textWithoutNul(utf16le.decode(bytes.subarray(2)), 'UTF-16');
    if (b0 === 0xfe && b1 === 0xff) return textWithoutNul(utf16be.decode(bytes.subarray(2)), 'UTF-16');
    const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
    if (body.includes(0)) return { undecodable: nulReason(body) };
    return { text: utf8.decode(body) };
  } catch {
    return { undecodable: 'it is not valid UTF-8 or UTF-16 text (a binary file?)' };
  }
}

function textWithoutNul(text: string, encoding: string): DecodedText {
  return text.includes('\u0000') ? { undecodable: `it holds NUL characters after its ${encoding} byte-order mark (a binary file?)` } : { text };
}

/** UTF-16 without a byte-order mark has a NUL beside every ASCII character; anything else with NULs is binary. */
function nulReason(bytes: Uint8Array): string {
  const looksUtf16 = bytes.length >= 4 && (bytes[0] === 0 || bytes[1] === 0) && (bytes[2] === 0 || bytes[3] === 0);
  return looksUtf16 ? 'it looks like UTF-16 without a byte-order mark; save it as UTF-8' : 'it holds NUL bytes (a binary file?)';
}
