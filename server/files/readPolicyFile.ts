import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { decodeText } from '../service/text/decode';

/** The most bytes read from one file: what the editor checks as you type (documents above it are skipped). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Symbolic links followed for one path before giving up, as the kernel's own limit does. */
const MAX_LINKS = 40;

/** Why a file was not read: a reason, without the file's name (the caller names it). */
export class FileNotRead extends Error {}

export interface ReadOptions {
  /**
   * When set, the file must lie inside this folder, also after following symbolic links; nothing
   * outside it is examined (no lstat, no open), so a link cannot make the reader touch the network.
   */
  root?: string;
  maxBytes?: number;
}

/**
 * Paths that make the operating system reach another machine or a device namespace: UNC
 * (`\\host\share`, `//host/share`), `\\?\` and `\\.\` (named pipes, devices). Opening one on
 * Windows fetches it over SMB, sending the user's NTLM hash to whoever runs the host.
 */
export function isNetworkPath(path: string): boolean {
  return /^[\\/]{2}/.test(path);
}

/**
 * The text of a regular file, decoded (UTF-8 or UTF-16 with a byte-order mark, the mark dropped).
 * Devices, FIFOs, sockets and folders are refused without reading (a FIFO is opened non-blocking, so
 * it cannot hang the reader), as are files above the size cap, network paths, and with `root`
 * anything outside it. Throws FileNotRead with the reason.
 */
export function readPolicyFile(path: string, options: ReadOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (isNetworkPath(path)) throw new FileNotRead('it is a network or device path; only local files are read');
  const target = options.root === undefined ? path : resolveInside(options.root, path);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever. Windows has neither flag.
    fd = openSync(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.root === undefined ? 0 : (constants.O_NOFOLLOW ?? 0)));
  } catch (error) {
    throw new FileNotRead((error as Error).message);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileNotRead(`it is ${kindOf(stat)}, not a regular file; only regular files are read`);
    if (stat.size > maxBytes) throw new FileNotRead(`at ${megabytes(stat.size)} it is larger than the ${megabytes(maxBytes)} Connect IAM reads`);
    const decoded = decodeText(readAtMost(fd, maxBytes));
    if ('undecodable' in decoded) throw new FileNotRead(decoded.undecodable);
    return decoded.text;
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end, refusing a file that grows past the cap while it is read (the size stat gave can be stale). */
function readAtMost(fd: number, maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    total += read;
    if (total > maxBytes) throw new FileNotRead(`it is larger than the ${megabytes(maxBytes)} Connect IAM reads`);
    chunks.push(chunk.subarray(0, read));
  }
  return Buffer.concat(chunks, total);
}

/** Whether `path` (absolute) is `root` or inside it, by its text. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The real path of a file inside root, following symbolic links one component at a time and refusing
 * one that leads out (or to a network path) before anything outside root is examined.
 */
function resolveInside(root: string, path: string): string {
  const absolute = resolve(root, path);
  if (!isInside(root, absolute)) throw new FileNotRead('it is outside the workspace folder; only files inside it are read');
  let remaining = relative(root, absolute).split(sep).filter(Boolean);
  let current = root;
  let links = 0;
  while (remaining.length > 0) {
    const next = join(current, remaining[0]);
    remaining = remaining.slice(1);
    let isLink: boolean;
    try {
      isLink = lstatSync(next).isSymbolicLink();
    } catch (error) {
      throw new FileNotRead((error as Error).message);
    }
    if (!isLink) {
      current = next;
      continue;
    }
    if (++links > MAX_LINKS) throw new FileNotRead(`it goes through more than ${MAX_LINKS} symbolic links`);
    const link = readlinkSync(next);
    const pointed = resolve(dirname(next), link);
    if (isNetworkPath(link) || !isInside(root, pointed)) throw new FileNotRead('a symbolic link leads it outside the workspace folder; only files inside it are read');
    remaining = [...relative(root, pointed).split(sep).filter(Boolean), ...remaining];
    current = root;
  }
  return current;
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
