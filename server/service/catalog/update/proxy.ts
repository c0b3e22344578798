/**
 * HTTPS_PROXY support for the download. Node 20's fetch ignores proxies and the project ships no
 * proxy agent, so the request goes through an HTTP CONNECT tunnel opened with node:http.
 */

import { request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';

/** The proxy from HTTPS_PROXY / https_proxy, unless NO_PROXY / no_proxy names the host (or is "*"). */
export function proxyFor(target: URL, env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const configured = env.HTTPS_PROXY ?? env.https_proxy;
  if (!configured) return undefined;
  const host = target.hostname.toLowerCase();
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (noProxy.some((entry) => entry === '*' || host === entry.replace(/^\./, '') || host.endsWith(entry.startsWith('.') ? entry : `.${entry}`))) return undefined;
  try {
    const proxy = new URL(configured.includes('://') ? configured : `http://${configured}`);
    if (proxy.protocol !== 'http:') throw new Error(`only http:// proxies are supported, not ${proxy.protocol}`);
    return proxy;
  } catch (error) {
    throw new Error(`HTTPS_PROXY "${configured}" cannot be used: ${(error as Error).message}`);
  }
}

/** Opens a tunnel to target's host and port through the proxy; rejects with a message naming the proxy. */
export function openTunnel(proxy: URL, target: URL, timeoutMs: number): Promise<Socket> {
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  const authority = `${target.hostname}:${port}`;
  const headers: Record<string, string> = { host: authority };
  if (proxy.username) headers['proxy-authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
  const shown = `${proxy.protocol}//${proxy.host}`;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: proxy.hostname, port: proxy.port || 80, method: 'CONNECT', path: authority, headers, timeout: timeoutMs });
    req.once('connect', (response, socket) => {
      if (response.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new Error(`the proxy ${shown} refused the tunnel to ${authority}: HTTP ${response.statusCode}${response.statusCode === 407 ? ' (proxy authentication required: put user:password in HTTPS_PROXY)' : ''}`));
      }
    });
    req.once('timeout', () => req.destroy(new Error(`the proxy ${shown} did not answer within ${timeoutMs} ms`)));
    req.once('error', (error) => reject(new Error(`the proxy ${shown} cannot be reached: ${error.message}`)));
    req.end();
  });
}
