/**
 * `/api/explore/*` through a real socket: the answers of each endpoint on a generated archive,
 * the 400s for bad parameters, the 404s for unknown entities and endpoints, and the server's
 * own rules (Host check, read-only) applying to these paths too.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { generateArchiveGraph } from '../../bench/archive-graph';
import type { ExploreInfo, NeighbourhoodAnswer, OverviewAnswer, SearchAnswer, SourcesAnswer, StanceGroupsAnswer } from '../../schema/explore-api';
import type { SerializedGraph } from '../../schema/graph-json';
import { createExploreApi } from '../../src/serve/explore-api';
import type { GraphSource } from '../../src/serve/graph-source';
import { type RunningViewerServer, startViewerServer } from '../../src/serve/viewer-server';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-explore-test-'));
const build = { indexHtml: path.join(dir, 'index.html'), script: path.join(dir, 'viewer.js'), stylesheet: path.join(dir, 'viewer.css') };
writeFileSync(build.indexHtml, '<!doctype html><title>t</title>');
writeFileSync(build.script, '');
writeFileSync(build.stylesheet, '');

function countingSource(graph: SerializedGraph): GraphSource & { loads: number } {
  return {
    description: 'generated archive',
    loads: 0,
    async loadGraph() {
      this.loads += 1;
      return graph;
    },
    async close() {},
  };
}

describe('the archive explorer API on kg serve', () => {
  const graph = generateArchiveGraph(20_000, 60_000);
  let server: RunningViewerServer;
  const get = async <T>(pathAndQuery: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(new URL(pathAndQuery, server.url));
    return { status: response.status, body: (await response.json()) as T };
  };

  beforeAll(async () => {
    server = await startViewerServer({ host: '127.0.0.1', port: 0, source: countingSource(graph), build });
  });
  afterAll(() => server.close());

  it('should say the graph is archive-sized and list its publishers and dates', async () => {
    const { status, body } = await get<ExploreInfo>('api/explore/info');
    expect(status).toBe(200);
    expect(body).toMatchObject({ nodes: graph.nodes.length, archive: true, defaultBudget: 5_000 });
    expect(body.publishers).toHaveLength(4);
    expect(body.dates!.min < body.dates!.max).toBe(true);
  });

  it('should answer the overview, a search, an expansion and the stance groups of the same entity', async () => {
    const overview = await get<OverviewAnswer>('api/explore/overview?limit=50');
    expect(overview.status).toBe(200);
    expect(overview.body.nodes).toHaveLength(50);
    const hub = overview.body.nodes[0]!;
    const search = await get<SearchAnswer>(`api/explore/search?q=${encodeURIComponent(hub.label)}`);
    expect(search.body.hits.map((hit) => hit.key)).toContain(hub.key);
    const expanded = await get<NeighbourhoodAnswer>(`api/explore/neighbourhood?node=${encodeURIComponent(hub.key)}&limit=25`);
    expect(expanded.status).toBe(200);
    expect(expanded.body.node.key).toBe(hub.key);
    expect(expanded.body.nodes.length).toBeLessThanOrEqual(25);
    const groups = await get<StanceGroupsAnswer>(`api/explore/stances?node=${encodeURIComponent(hub.key)}&side=about`);
    expect(groups.status).toBe(200);
    expect(groups.body.groups.reduce((sum, group) => sum + group.count, 0)).toBe(groups.body.stances);
  });

  it('should filter the sources by a repeated publisher parameter and a date range', async () => {
    const info = (await get<ExploreInfo>('api/explore/info')).body;
    const [one, two] = info.publishers.map((publisher) => publisher.name);
    const query = `publisher=${encodeURIComponent(one!)}&publisher=${encodeURIComponent(two!)}&from=2020&to=2021-06&limit=500`;
    const { status, body } = await get<SourcesAnswer>(`api/explore/sources?${query}`);
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    for (const source of body.sources) {
      expect([one, two]).toContain(source.publisher);
      expect(source.date! >= '2020' && source.date! <= '2021-06-31').toBe(true);
    }
  });

  it.each([
    ['api/explore/neighbourhood?node=n:e1&limit=0', /limit/],
    ['api/explore/neighbourhood?limit=10', /node/],
    ['api/explore/neighbourhood?node=n:e1&hops=9', /hops/],
    ['api/explore/search?q=%20%20', /search text is empty/],
    ['api/explore/search?q=a&q=b', /"q" is given 2 times/],
    ['api/explore/overview?from=last-week', /YYYY/],
    ['api/explore/overview?colour=red', /unknown parameter "colour"/],
    ['api/explore/info?x=1', /no parameters/],
  ])('should refuse %s with a 400 that says what is wrong', async (url, reason) => {
    const { status, body } = await get<{ error: string }>(url);
    expect(status).toBe(400);
    expect(body.error).toMatch(reason);
  });

  it('should answer 404 for an entity that is not in the graph and for an unknown endpoint', async () => {
    const missing = await get<{ error: string }>('api/explore/neighbourhood?node=n:nobody');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/n:nobody/);
    expect((await get('api/explore/everything')).status).toBe(404);
  });

  it('should refuse an explore request addressed to another host name, as every other path', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const call = request(new URL('api/explore/info', server.url), { headers: { host: `evil.example:${server.port}` } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      call.on('error', reject);
      call.end();
    });
    expect(status).toBe(403);
  });
});

describe('the explorer index', () => {
  it('should answer from the graph the source hands out now, not from the index of an earlier one', () => {
    const api = createExploreApi({ threshold: 10 });
    const first = generateArchiveGraph(600, 1_500);
    const changed = generateArchiveGraph(700, 1_500);
    const info = (graph: SerializedGraph) => api.answer(graph, '/api/explore/info', new URLSearchParams()).body as ExploreInfo;
    expect(info(first).nodes).toBe(600);
    expect(info(first).nodes).toBe(600);
    expect(info(changed).nodes).toBe(700);
    expect(info(changed).archive).toBe(true);
  });
});
