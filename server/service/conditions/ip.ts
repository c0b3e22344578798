/**
 * IPv4 and IPv6 addresses and CIDR blocks as IAM's IpAddress operators take them: dotted quads (no
 * leading zeros), RFC 4291 text forms (with `::` and an embedded IPv4 tail, no zone IDs), and an
 * optional "/prefix". Addresses are held as bytes so that masks and containment are exact.
 */
import { TextMemo } from '../text/textMemo';

export type IpVersion = 4 | 6;

export interface IpBlock {
  version: IpVersion;
  /** 4 or 16 bytes, as written (host bits included). */
  bytes: Uint8Array;
  /** The prefix length; the full width when no "/prefix" was written. */
  prefix: number;
  hasPrefix: boolean;
}

export type IpParseError = 'address' | 'prefix';

export type IpParseResult = { ok: true; block: IpBlock } | { ok: false; error: IpParseError; message: string };

export function bitWidth(version: IpVersion): number {
  return version === 4 ? 32 : 128;
}

function parseDecimalByte(part: string): number | undefined {
  if (part.length === 0 || part.length > 3) return undefined;
  if (part.length > 1 && part.charCodeAt(0) === 48 /* 0 */) return undefined;
  let n = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n <= 255 ? n : undefined;
}

function parseIPv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const n = parseDecimalByte(parts[i]);
    if (n === undefined) return undefined;
    bytes[i] = n;
  }
  return bytes;
}

function parseHexGroup(group: string): number | undefined {
  if (group.length === 0 || group.length > 4) return undefined;
  let n = 0;
  for (let i = 0; i < group.length; i++) {
    const c = group.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return undefined;
    n = n * 16 + d;
  }
  return n;
}

/** Parses the groups on one side of "::" (or the whole address); an IPv4 tail counts as two groups. */
function parseGroups(text: string, allowIPv4Tail: boolean): number[] | undefined {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (allowIPv4Tail && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIPv4(part);
      if (!v4) return undefined;
      groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    } else {
      const g = parseHexGroup(part);
      if (g === undefined) return undefined;
      groups.push(g);
    }
  }
  return groups;
}

function parseIPv6(text: string): Uint8Array | undefined {
  const gap = text.indexOf('::');
  let groups: number[] | undefined;
  if (gap < 0) {
    groups = parseGroups(text, true);
    if (!groups || groups.length !== 8) return undefined;
  } else {
    if (text.indexOf('::', gap + 1) >= 0) return undefined;
    const head = parseGroups(text.slice(0, gap), false);
    const tail = parseGroups(text.slice(gap + 2), true);
    if (!head || !tail || head.length + tail.length > 7) return undefined;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  }
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

/** An address without prefix, IPv4 or IPv6. */
export function parseAddress(text: string): { version: IpVersion; bytes: Uint8Array } | undefined {
  if (text.includes(':')) {
    const bytes = parseIPv6(text);
    return bytes && { version: 6, bytes };
  }
  const bytes = parseIPv4(text);
  return bytes && { version: 4, bytes };
}

const PREFIX_LENGTH = /^(0|[1-9][0-9]{0,2})$/;

const parsedBlocks = new TextMemo<IpParseResult>(2048);

/**
 * Parses "203.0.113.7", "203.0.113.0/24", "2001:db8::/32" and the like. Several rules and the hover
 * read the same values on every keystroke, so results are cached (callers must not mutate them).
 */
export function parseIpBlock(text: string): IpParseResult {
  // Parsed from a copy: an error's message quotes the text, and must not hold the document.
  return parsedBlocks.getOrCompute(text, parseIpBlockUncached);
}

function parseIpBlockUncached(text: string): IpParseResult {
  const slash = text.indexOf('/');
  const addressText = slash >= 0 ? text.slice(0, slash) : text;
  const address = parseAddress(addressText);
  if (!address) return { ok: false, error: 'address', message: `"${addressText}" is not an IPv4 or IPv6 address` };
  const width = bitWidth(address.version);
  if (slash < 0) return { ok: true, block: { ...address, prefix: width, hasPrefix: false } };
  const prefixText = text.slice(slash + 1);
  const prefix = PREFIX_LENGTH.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix <= width)) {
    return { ok: false, error: 'prefix', message: `"/${prefixText}" is not a prefix length for IPv${address.version} (0 to ${width})` };
  }
  return { ok: true, block: { ...address, prefix, hasPrefix: true } };
}

/** The bytes with every bit after `prefix` cleared. */
export function maskBytes(bytes: Uint8Array, prefix: number): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const bitsHere = Math.max(0, Math.min(8, prefix - 8 * i));
    out[i] = bytes[i] & ((0xff << (8 - bitsHere)) & 0xff);
  }
  return out;
}

/** True when the block was written with bits set after its prefix, e.g. "10.0.0.5/8". */
export function hasHostBits(block: IpBlock): boolean {
  const masked = maskBytes(block.bytes, block.prefix);
  return masked.some((b, i) => b !== block.bytes[i]);
}

export function formatAddress(version: IpVersion, bytes: Uint8Array): string {
  if (version === 4) return Array.from(bytes).join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
  // RFC 5952: compress the longest run (two or more) of zero groups, the first one on a tie.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** The block's network address with its prefix, e.g. "10.0.0.0/8" for "10.0.0.5/8". */
export function networkBlock(block: IpBlock): string {
  return `${formatAddress(block.version, maskBytes(block.bytes, block.prefix))}/${block.prefix}`;
}

/** True when `address` lies inside `block` (same IP version only, as IAM compares them). */
export function blockContains(block: IpBlock, address: { version: IpVersion; bytes: Uint8Array }): boolean {
  if (block.version !== address.version) return false;
  for (let i = 0; i < block.bytes.length; i++) {
    const bitsHere = Math.max(0, Math.min(8, block.prefix - 8 * i));
    if (bitsHere === 0) return true;
    const mask = (0xff << (8 - bitsHere)) & 0xff;
    if ((block.bytes[i] & mask) !== (address.bytes[i] & mask)) return false;
  }
  return true;
}

export interface SpecialRange {
  block: IpBlock;
  /** "private (RFC 1918)", "loopback", ... */
  name: string;
  /** Documentation ranges are placeholders in examples rather than addresses someone mistook for public ones. */
  documentation: boolean;
}

function range(cidr: string, name: string): SpecialRange {
  const parsed = parseIpBlock(cidr);
  if (!parsed.ok) throw new Error(`bad built-in range ${cidr}`);
  return { block: parsed.block, name, documentation: name.startsWith('documentation') };
}

/** Ranges that never appear as the public source address of a request to AWS. */
const NON_PUBLIC_RANGES: readonly SpecialRange[] = [
  range('10.0.0.0/8', 'private (RFC 1918)'),
  range('172.16.0.0/12', 'private (RFC 1918)'),
  range('192.168.0.0/16', 'private (RFC 1918)'),
  range('100.64.0.0/10', 'carrier-grade NAT shared space (RFC 6598)'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('0.0.0.0/8', '"this network" (RFC 1122)'),
  range('192.0.2.0/24', 'documentation (TEST-NET-1)'),
  range('198.51.100.0/24', 'documentation (TEST-NET-2)'),
  range('203.0.113.0/24', 'documentation (TEST-NET-3)'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'),
  range('fc00::/7', 'unique local (private)'),
  range('fe80::/10', 'link-local'),
  range('::1/128', 'loopback'),
  range('::/128', 'unspecified'),
  range('2001:db8::/32', 'documentation'),
  range('ff00::/8', 'multicast'),
];

const rangeOfBlock = new WeakMap<IpBlock, SpecialRange | null>();

/** The non-public range that holds the whole block, if any (0.0.0.0/0 is public: it holds public addresses). */
export function nonPublicRange(block: IpBlock): SpecialRange | undefined {
  let range = rangeOfBlock.get(block);
  if (range === undefined) {
    range = NON_PUBLIC_RANGES.find((r) => r.block.version === block.version && block.prefix >= r.block.prefix && blockContains(r.block, block)) ?? null;
    rangeOfBlock.set(block, range);
  }
  return range ?? undefined;
}

/** How many addresses a block holds, for messages: "256", "16,777,216", or "2^96" past 2^32. */
export function addressCount(block: IpBlock): string {
  const bits = bitWidth(block.version) - block.prefix;
  if (bits > 32) return `2^${bits}`;
  const digits = String(2 ** bits);
  let grouped = '';
  for (let i = 0; i < digits.length; i++) grouped += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return grouped;
}
