import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import { openTunnel, proxyFor } from './proxy';

export interface GetOptions {
  /** Bytes; a longer body is refused. */
  maxBytes: number;
  /** The request is abandoned when this signal aborts (the total timeout, or the user's cancel). */
  signal: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

/** A failed download, with the URL in its message. */
export class DownloadError extends Error {}

function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason.message : 'cancelled';
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;

/** Asked for again at the redirect's target. */
class Redirect {
  constructor(readonly location: string) {}
}

/** GETs a URL (http or https, through HTTPS_PROXY when set), following a few redirects, and returns its body as text. */
export async function getText(url: string, options: GetOptions): Promise<string> {
  let current = url;
  for (let hops = 0; ; hops++) {
    const result = await getOnce(current, options);
    if (!(result instanceof Redirect)) return result;
    if (hops === MAX_REDIRECTS) throw new DownloadError(`${url}: more than ${MAX_REDIRECTS} redirects`);
    current = new URL(result.location, current).href;
  }
}

async function getOnce(url: string, options: GetOptions): Promise<string | Redirect> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new DownloadError(`${url}: not a URL`);
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new DownloadError(`${url}: only http and https URLs can be downloaded`);
  if (options.signal.aborted) throw new DownloadError(`${url}: ${abortReason(options.signal)}`);
  let proxy: URL | undefined;
  try {
    proxy = proxyFor(target, options.env);
  } catch (error) {
    throw new DownloadError((error as Error).message);
  }
  let tunnel: import('node:net').Socket | undefined;
  if (proxy) {
    try {
      tunnel = await openTunnel(proxy, target, 30_000);
    } catch (error) {
      throw new DownloadError(`${url}: ${(error as Error).message}`);
    }
  }
  const socket = tunnel;
  const https = target.protocol === 'https:';
  return new Promise<string | Redirect>((resolve, reject) => {
    const fail = (message: string) => reject(new DownloadError(`${url}: ${message}`));
    const onAbort = () => req.destroy(new Error(abortReason(options.signal)));
    const requestOptions = {
      method: 'GET',
      headers: { accept: 'application/json', 'user-agent': 'connect-iam' },
      ...(socket ? { createConnection: () => (https ? tlsConnect({ socket, servername: target.hostname }) : socket) } : {}),
    };
    const req = (https ? httpsRequest : httpRequest)(target, requestOptions, (response: IncomingMessage) => {
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location) {
        response.resume();
        resolve(new Redirect(location));
        return;
      }
      if (response.statusCode !== 200) {
        response.resume();
        fail(`HTTP ${response.statusCode}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
        return;
      }
      const declared = Number(response.headers['content-length']);
      if (declared > options.maxBytes) {
        req.destroy();
        fail(`the response is ${declared} bytes, over the limit of ${options.maxBytes}`);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          req.destroy();
          fail(`the response is over the limit of ${options.maxBytes} bytes`);
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      response.on('error', (error) => fail(error.message));
    });
    options.signal.addEventListener('abort', onAbort, { once: true });
    req.on('close', () => options.signal.removeEventListener('abort', onAbort));
    req.on('error', (error: NodeJS.ErrnoException) => fail(error.code === 'ENOTFOUND' ? `the host ${target.hostname} was not found (DNS): no network?` : error.message));
    req.end();
  });
}
