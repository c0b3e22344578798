/**
 * ARN syntax: arn:partition:service:region:account:resource, where the resource part may itself hold
 * colons. Every part keeps its offset inside the ARN text, so rules can squiggle exactly one part.
 */

export interface ArnPart {
  text: string;
  /** Offset of the part inside the ARN text. */
  offset: number;
}

export interface ParsedArn {
  text: string;
  partition: ArnPart;
  service: ArnPart;
  region: ArnPart;
  account: ArnPart;
  /** Everything after the fifth colon: "instance/ID/contact-flow/FLOW". */
  resource: ArnPart;
}

export type ArnParse =
  | { kind: 'arn'; arn: ParsedArn }
  /** Starts with "arn:" but has fewer than six colon-separated parts. */
  | { kind: 'too-few-parts'; parts: ArnPart[] }
  /** Does not start with "arn:". */
  | { kind: 'not-arn' };

/** Splits `text` at `separator`, keeping each piece's offset. */
export function splitWithOffsets(text: string, separator: string, offset = 0, limit = Infinity): ArnPart[] {
  const parts: ArnPart[] = [];
  let start = 0;
  while (parts.length < limit - 1) {
    const at = text.indexOf(separator, start);
    if (at < 0) break;
    parts.push({ text: text.slice(start, at), offset: offset + start });
    start = at + separator.length;
  }
  parts.push({ text: text.slice(start), offset: offset + start });
  return parts;
}

export function parseArn(text: string): ArnParse {
  if (!text.startsWith('arn:')) return { kind: 'not-arn' };
  const parts = splitWithOffsets(text, ':', 0, 6);
  if (parts.length < 6) return { kind: 'too-few-parts', parts };
  const [, partition, service, region, account, resource] = parts;
  return { kind: 'arn', arn: { text, partition, service, region, account, resource } };
}

/** Whether parseArn would find an ARN (six colon-separated parts), without building the parts. */
export function isArn(text: string): boolean {
  if (!text.startsWith('arn:')) return false;
  let at = 3;
  for (let colons = 1; colons < 5; colons++) {
    at = text.indexOf(':', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** The path segments of the resource part ("instance", ID, "contact-flow", FLOW), with offsets in the ARN. */
export function resourceSegments(arn: ParsedArn): ArnPart[] {
  return splitWithOffsets(arn.resource.text, '/', arn.resource.offset);
}

/** A part with no wildcard, variable or placeholder markup: the rules that judge a value judge only these. */
export function isPlainPart(text: string): boolean {
  return !/[*?$<>{}]/.test(text);
}
