import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect as netConnect, type AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface Loopback {
  url: string;
  /** Paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

/** An HTTP server on 127.0.0.1 answering by path; unknown paths get 404. */
export async function serve(routes: Record<string, Route>): Promise<Loopback> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = routes[req.url ?? ''];
    if (route) route(req, res);
    else res.writeHead(404).end('not found');
  });
  return { url: await listen(server), requests, close: closer(server) };
}

export const json =
  (value: unknown): Route =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));

/** The Service Reference layout: the index at / and one document per service. */
export function serviceReferenceRoutes(base: string, docs: { Name: string }[], overrides: Record<string, Route> = {}): Record<string, Route> {
  const routes: Record<string, Route> = {};
  routes['/'] = json(docs.map((d) => ({ service: d.Name, url: `${base}/v1/${d.Name}/${d.Name}.json` })));
  for (const doc of docs) routes[`/v1/${doc.Name}/${doc.Name}.json`] = json(doc);
  return { ...routes, ...overrides };
}

/** Starts a server whose routes need its own URL. */
export async function serveServiceReference(docs: { Name: string }[], overrides: Record<string, Route> = {}): Promise<Loopback> {
  const routes: Record<string, Route> = {};
  const loopback = await serve(routes);
  Object.assign(routes, serviceReferenceRoutes(loopback.url, docs, overrides));
  return loopback;
}

/** An HTTP CONNECT proxy on 127.0.0.1 that tunnels to whatever it is asked; counts the tunnels. */
export async function proxy(): Promise<{ url: string; tunnels: string[]; close(): Promise<void> }> {
  const tunnels: string[] = [];
  const server = createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req: IncomingMessage, client, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = netConnect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return { url: await listen(server), tunnels, close: closer(server) };
}
