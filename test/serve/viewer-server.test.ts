import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SerializedGraph } from '../../schema/graph-json';
import { KgError } from '../../src/errors/kg-error';
import type { GraphSource } from '../../src/serve/graph-source';
import { request } from 'node:http';
import { API_CONCURRENCY, startViewerServer, type RunningViewerServer } from '../../src/serve/viewer-server';
import { sampleGraphJson } from '../viz/fixtures/sample-graph';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-serve-test-'));
const build = {
  indexHtml: path.join(dir, 'index.html'),
  script: path.join(dir, 'viewer.js'),
  stylesheet: path.join(dir, 'viewer.css'),
};
writeFileSync(build.indexHtml, '<!doctype html><title>t</title><script src="./assets/viewer.js"></script>');
writeFileSync(build.script, 'console.log("viewer")');
writeFileSync(build.stylesheet, 'body{}');

/** A hand-written source: serves a fixed graph, or fails the way Neo4j does when it is down. */
function fakeSource(graph: SerializedGraph | KgError): GraphSource & { closed: boolean } {
  return {
    description: 'fake',
    closed: false,
    async loadGraph() {
      if (graph instanceof KgError) throw graph;
      return graph;
    },
    async close() {
      this.closed = true;
    },
  };
}

describe('viewer server', () => {
  const graph = sampleGraphJson();
  let server: RunningViewerServer;
  beforeAll(async () => {
    server = await startViewerServer({ host: '127.0.0.1', port: 0, source: fakeSource(graph), build });
  });
  afterAll(() => server.close());

  it('should listen on loopback and say where', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('should serve the page with a Content-Security-Policy that allows blob: workers and no inline script', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('worker-src blob:');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('should serve the viewer script and nothing else from the file system', async () => {
    expect((await fetch(`${server.url}assets/viewer.js`)).status).toBe(200);
    expect((await fetch(`${server.url}assets/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${server.url}assets/%2e%2e%2f%2e%2e%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${server.url}viewer.css`)).status).toBe(404);
  });

  it('should return the graph in graph.json format', async () => {
    const response = await fetch(`${server.url}api/graph`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(graph);
  });

  it('should return one node with its edges and neighbours', async () => {
    const body = (await (await fetch(`${server.url}api/node/${encodeURIComponent('Q2740')}`)).json()) as {
      node: { key: string };
      edges: unknown[];
      neighbours: { key: string }[];
    };
    expect(body.node.key).toBe('Q2740');
    expect(body.neighbours.map((n) => n.key)).toContain('Q232');
    expect(body.edges.length).toBeGreaterThan(0);
  });

  it('should answer 404 with a JSON error for an unknown node', async () => {
    const response = await fetch(`${server.url}api/node/nobody`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'no node with key "nobody"' });
  });

  it('should refuse writes', async () => {
    const response = await fetch(`${server.url}api/graph`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('should report a database that is down as 503 with one clear line', async () => {
    const down = await startViewerServer({
      host: '127.0.0.1',
      port: 0,
      source: fakeSource(new KgError('E_DB_UNAVAILABLE', 'serve', 'no Neo4j server answers at bolt://127.0.0.1:1')),
      build,
    });
    try {
      const response = await fetch(`${down.url}api/graph`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ code: 'E_DB_UNAVAILABLE', error: 'serve: no Neo4j server answers at bolt://127.0.0.1:1' });
    } finally {
      await down.close();
    }
  });

  it('should fail with E_SERVE when the port is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startViewerServer({ host: '127.0.0.1', port, source: fakeSource(graph), build })).rejects.toMatchObject({ code: 'E_SERVE' });
  });
});

/** A GET with the headers a browser on another site would send (fetch() will not let us set Host). */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('viewer server against DNS rebinding', () => {
  let server: RunningViewerServer;
  let port: number;
  beforeAll(async () => {
    server = await startViewerServer({ host: '127.0.0.1', port: 0, source: fakeSource(sampleGraphJson()), build });
    port = Number(new URL(server.url).port);
  });
  afterAll(() => server.close());

  it('should refuse a request whose Host is a foreign name, even on the loopback address', async () => {
    const response = await get(`${server.url}api/graph`, { host: `rebind.example:${port}` });
    expect(response.status).toBe(403);
    expect(response.body).toContain('the Host header "rebind.example:');
  });

  it('should refuse a foreign Origin even with the right Host', async () => {
    const response = await get(`${server.url}api/graph`, { host: `127.0.0.1:${port}`, origin: `http://rebind.example:${port}` });
    expect(response.status).toBe(403);
  });

  it('should answer 127.0.0.1 and localhost on its own port, with or without its own Origin', async () => {
    expect((await get(`${server.url}api/graph`, { host: `localhost:${port}` })).status).toBe(200);
    expect((await get(`${server.url}api/graph`, { host: `127.0.0.1:${port}`, origin: `http://localhost:${port}` })).status).toBe(200);
    expect((await get(`${server.url}api/graph`, { host: `127.0.0.1:${port + 1}` })).status).toBe(403);
  });
});

describe('viewer server health', () => {
  it('should report the database in /api/health, with 503 when it is down', async () => {
    const source = { ...fakeSource(sampleGraphJson()), health: async () => ({ ok: false, detail: 'serve: no Neo4j server answers at bolt://127.0.0.1:1' }) };
    const down = await startViewerServer({ host: '127.0.0.1', port: 0, source, build });
    try {
      const response = await fetch(`${down.url}api/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ ok: false, source: 'fake', detail: 'serve: no Neo4j server answers at bolt://127.0.0.1:1' });
    } finally {
      await down.close();
    }
  });
});

describe('viewer server under load', () => {
  /** A graph of 2,000 sources and 20,000 entities; toJSON counts how often it is serialised. */
  function bigGraph(): SerializedGraph & { serialisations: number } {
    const nodes = Array.from({ length: 22_000 }, (_, i) =>
      i < 2_000
        ? { key: `source:s${i}`, attributes: { kind: 'Source', label: `Report ${i} on the regional water council`, path: `import/s${i}.txt` } }
        : { key: `n:person-${i}`, attributes: { kind: 'Person', label: `Person ${i}`, aliases: [`P. ${i}`], mentions: i % 7 } },
    );
    const edges = Array.from({ length: 40_000 }, (_, i) => ({
      key: `e${i}`,
      source: `n:person-${2_000 + (i % 20_000)}`,
      target: `source:s${i % 2_000}`,
      attributes: { type: 'MENTIONED_IN', count: 1 },
    }));
    const data = { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes, edges };
    const graph = {
      ...data,
      serialisations: 0,
      toJSON() {
        graph.serialisations += 1;
        return data;
      },
    };
    return graph as unknown as SerializedGraph & { serialisations: number };
  }

  it('should serve fifty concurrent graph requests from one serialisation', async () => {
    const graph = bigGraph();
    const server = await startViewerServer({ host: '127.0.0.1', port: 0, source: fakeSource(graph), build });
    try {
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => fetch(`${server.url}api/graph`).then(async (r) => ({ status: r.status, length: (await r.arrayBuffer()).byteLength }))),
      );
      expect(responses.every((r) => r.status === 200)).toBe(true);
      expect(new Set(responses.map((r) => r.length)).size).toBe(1);
      expect(graph.serialisations).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('should answer 503 at once, not queue without end, when more requests wait than the bound', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = { ...fakeSource(sampleGraphJson()), loadGraph: async () => (await gate, sampleGraphJson()) };
    const server = await startViewerServer({ host: '127.0.0.1', port: 0, source: slow, build });
    try {
      const total = API_CONCURRENCY.active + API_CONCURRENCY.queued + 3;
      const pending = Array.from({ length: total }, () => get(`${server.url}api/graph`, { host: new URL(server.url).host }));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      release();
      const statuses = (await Promise.all(pending)).map((r) => r.status);
      expect(statuses.filter((s) => s === 503)).toHaveLength(3);
      expect(statuses.filter((s) => s === 200)).toHaveLength(total - 3);
    } finally {
      await server.close();
    }
  });
});
