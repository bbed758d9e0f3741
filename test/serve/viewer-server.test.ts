import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SerializedGraph } from '../../schema/graph-json';
import { KgError } from '../../src/errors/kg-error';
import type { GraphSource } from '../../src/serve/graph-source';
import { startViewerServer, type RunningViewerServer } from '../../src/serve/viewer-server';
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
