/**
 * The viewer's HTTP server: the built viewer (index.html and its two assets) and a read-only
 * JSON API over a GraphSource. GET and HEAD only, a fixed set of static files (no path from the
 * URL ever reaches the file system: they are read into memory at start), strict security headers,
 * loopback unless told otherwise.
 *
 * API: `GET /api/graph` (graph.json), `GET /api/node/<key>` (the node, its edges, its
 * neighbours), `GET /api/health` (the data source's health: 503 when the database is down),
 * `GET /api/explore/*` (the archive explorer: overview, search, neighbourhoods; explore-api.ts).
 *
 * Only requests addressed to this server by name are answered (`Host`/`Origin`, against DNS
 * rebinding: see check-request-origin.ts). The graph is serialised once per version of the data
 * and the same bytes are sent to every request, and API work is bounded (`API_CONCURRENCY`), so
 * fifty page loads at once cost one serialisation, not fifty copies of the graph in memory.
 */
import { promises as fs } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KgError, isKgError } from '../errors/kg-error';
import { allowedHosts, refuseReason } from './check-request-origin';
import { createExploreApi, EXPLORE_PREFIX } from './explore-api';
import type { GraphSource } from './graph-source';
import { createLimiter } from './limit-concurrency';
import { nodeNeighbourhood } from './node-neighbourhood';
import { SECURITY_HEADERS } from './security-headers';
import type { ReviewApi } from './review-api';
import type { ViewerBuildPaths } from './viewer-build';

export interface ViewerServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  source: GraphSource;
  build: Pick<ViewerBuildPaths, 'indexHtml' | 'script' | 'stylesheet'>;
  /** Where request problems are reported (one line each). */
  log?: (line: string) => void;
  /** Node count above which the viewer opens on the archive overview (default ARCHIVE_NODE_THRESHOLD). */
  archiveThreshold?: number;
  /** Load the graph and build the explorer's index right after starting, so no first page load waits for it. */
  warmExplorer?: boolean;
  /** The review write API (review-api.ts); absent, the server is read-only and the page has no write controls. */
  review?: ReviewApi;
}

export const DEFAULT_SERVE_OPTIONS = { host: '127.0.0.1', port: 5173 } as const;

/** API requests worked on at once, and waiting beyond those; more are answered 503 at once. */
export const API_CONCURRENCY = { active: 4, queued: 256 } as const;

export interface RunningViewerServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopback = (host: string) => LOOPBACK.has(host) || host.startsWith('127.');

interface StaticFile {
  body: Buffer;
  type: string;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean, extra: Record<string, string> = {}) {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': type,
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-cache',
    ...extra,
  });
  response.end(head ? undefined : body);
}

function sendJson(response: ServerResponse, status: number, value: unknown, head: boolean) {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value), head);
}

function errorStatus(error: KgError): number {
  if (error.code === 'E_DB_UNAVAILABLE' || error.code === 'E_DB_AUTH' || error.code === 'E_DB_SERVER') return 503;
  if (error.code === 'E_NOT_FOUND' || error.code === 'E_INVALID_GRAPH') return 500;
  return 500;
}

/** The built viewer's three files, read once when the server starts (a later rebuild cannot tear them). */
export interface ViewerAssets {
  indexHtml: Buffer;
  script: Buffer;
  stylesheet: Buffer;
}

export async function readViewerAssets(build: ViewerServerOptions['build']): Promise<ViewerAssets> {
  try {
    const [indexHtml, script, stylesheet] = await Promise.all([fs.readFile(build.indexHtml), fs.readFile(build.script), fs.readFile(build.stylesheet)]);
    return { indexHtml, script, stylesheet };
  } catch (error) {
    throw new KgError('E_SERVE', 'serve', `cannot read the built viewer: ${(error as Error).message} (delete viz/dist to rebuild it)`, { cause: error });
  }
}

/** The request handler, separate from listening so tests can drive it through a real socket on port 0. */
export function createViewerHandler(
  options: Pick<ViewerServerOptions, 'source' | 'log' | 'archiveThreshold' | 'warmExplorer' | 'review'> & { assets: ViewerAssets; allowedHosts: () => ReadonlySet<string> },
) {
  const log = options.log ?? (() => undefined);
  const limiter = createLimiter(API_CONCURRENCY.active, API_CONCURRENCY.queued);
  const explore = createExploreApi({ threshold: options.archiveThreshold });
  if (options.warmExplorer)
    void options.source.loadGraph().then(explore.warm, (error: unknown) => log(`kg serve: could not build the explorer index: ${(error as Error).message}`));
  // One serialisation per graph object: the sources hand back the same object while the data is unchanged.
  const serialised = new WeakMap<object, Buffer>();
  const graphBytes = async (): Promise<Buffer> => {
    const graph = await options.source.loadGraph();
    let bytes = serialised.get(graph);
    if (!bytes) {
      bytes = Buffer.from(JSON.stringify(graph));
      serialised.set(graph, bytes);
    }
    return bytes;
  };
  const html = { body: options.review ? options.review.withToken(options.assets.indexHtml) : options.assets.indexHtml, type: 'text/html; charset=utf-8' };
  const files: Record<string, StaticFile> = {
    '/': html,
    '/index.html': html,
    '/assets/viewer.js': { body: options.assets.script, type: 'text/javascript; charset=utf-8' },
    '/assets/viewer.css': { body: options.assets.stylesheet, type: 'text/css; charset=utf-8' },
  };

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const head = request.method === 'HEAD';
    const refused = refuseReason({ host: request.headers.host, origin: request.headers.origin }, options.allowedHosts());
    if (refused) {
      send(response, 403, 'text/plain; charset=utf-8', `forbidden: ${refused}\n`, head);
      return;
    }
    if (options.review && request.url?.startsWith('/api/review/')) {
      const pathname = request.url.split('?')[0]!;
      try {
        if (await options.review.handle(request, response, pathname, (r, status, value) => sendJson(r, status, value, false))) return;
      } catch (error) {
        fail(error, pathname, response, false);
        return;
      }
    }
    if (request.method !== 'GET' && !head) {
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed: this server is read-only\n', false, { allow: 'GET, HEAD' });
      return;
    }
    let pathname: string;
    let params: URLSearchParams;
    try {
      ({ pathname, searchParams: params } = new URL(request.url ?? '/', 'http://localhost'));
    } catch {
      send(response, 400, 'text/plain; charset=utf-8', 'bad request\n', head);
      return;
    }
    try {
      const file = files[pathname];
      if (file) {
        send(response, 200, file.type, file.body, head);
        return;
      }
      if (pathname === '/api/health') {
        const health = options.source.health ? await options.source.health() : { ok: true, detail: 'no check needed' };
        sendJson(response, health.ok ? 200 : 503, { ok: health.ok, source: options.source.description, detail: health.detail }, head);
        return;
      }
      if (pathname.startsWith('/api/')) {
        const queued = limiter.run(() => api(pathname, response, head, params));
        if (queued) await queued;
        else send(response, 503, 'application/json; charset=utf-8', JSON.stringify({ error: 'the server is busy; try again in a moment' }), head, { 'retry-after': '2' });
        return;
      }
      send(response, 404, 'text/plain; charset=utf-8', 'not found\n', head);
    } catch (error) {
      fail(error, pathname, response, head);
    }
  };

  function fail(error: unknown, pathname: string, response: ServerResponse, head: boolean): void {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (isKgError(error)) {
      log(`kg serve: ${error.message}`);
      sendJson(response, errorStatus(error), { error: error.message, code: error.code }, head);
    } else {
      log(`kg serve: internal error on ${pathname}: ${(error as Error)?.stack ?? error}`);
      sendJson(response, 500, { error: 'internal error, see the server log' }, head);
    }
  }

  async function api(pathname: string, response: ServerResponse, head: boolean, params: URLSearchParams): Promise<void> {
    try {
      if (pathname.startsWith(EXPLORE_PREFIX)) {
        const answer = explore.answer(await options.source.loadGraph(), pathname, params);
        sendJson(response, answer.status, answer.body, head);
        return;
      }
      if (pathname === '/api/graph') {
        send(response, 200, 'application/json; charset=utf-8', await graphBytes(), head);
        return;
      }
      if (pathname.startsWith('/api/node/')) {
        let key: string;
        try {
          key = decodeURIComponent(pathname.slice('/api/node/'.length));
        } catch {
          sendJson(response, 400, { error: 'the node key is not valid percent-encoding' }, head);
          return;
        }
        const found = nodeNeighbourhood(await options.source.loadGraph(), key);
        if (found) sendJson(response, 200, found, head);
        else sendJson(response, 404, { error: `no node with key ${JSON.stringify(key)}` }, head);
        return;
      }
      sendJson(response, 404, { error: `unknown API path ${JSON.stringify(pathname)}` }, head);
    } catch (error) {
      fail(error, pathname, response, head);
    }
  }
}

/**
 * Listen and serve. Rejects with KgError E_SERVE when the port is taken or the host is unusable.
 * @example const server = await startViewerServer({ host: '127.0.0.1', port: 0, source, build });
 */
export async function startViewerServer(options: ViewerServerOptions): Promise<RunningViewerServer> {
  // Known once listening (port 0 picks one); until then nothing can connect anyway.
  let hosts: ReadonlySet<string> = new Set();
  const handler = createViewerHandler({ ...options, assets: await readViewerAssets(options.build), allowedHosts: () => hosts });
  const server = http.createServer((request, response) => {
    void handler(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'the port is already in use (try --port with another number, or 0 for any free port)' : error.message;
      reject(new KgError('E_SERVE', 'serve', `cannot listen on ${options.host}:${options.port}: ${why}`, { cause: error }));
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  hosts = allowedHosts(options.host, address.port);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
