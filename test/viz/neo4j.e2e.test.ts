/**
 * The viewer with its data from Neo4j: the interview is imported, written to the real local
 * Neo4j under this suite's id prefix, read back through the server's read-only API and walked
 * in headless Chromium. No server is a failure, not a skip (as in the other Neo4j suites).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SerializedGraph } from '../../schema/graph-json';
import { buildGraph } from '../../src/build/build-graph';
import { importSources } from '../../src/pipeline/import-sources';
import type { GraphSource } from '../../src/serve/graph-source';
import { createNeo4jGraphSource } from '../../src/serve/neo4j-graph-source';
import { ensureViewerBuilt } from '../../src/serve/viewer-build';
import { startViewerServer, type RunningViewerServer } from '../../src/serve/viewer-server';
import { writeExtractions } from '../../src/write/write-extractions';
import { deleteNamespace, openTestDatabase, type TestDatabase } from '../db/test-database';
import { hasChromium, launchBrowser, type LaunchedBrowser } from './browser';
import { namespaceExtraction } from './namespace-extraction';
import { cspViolations, runInterviewScenario, waitForViewer, watchPage } from './viewer-session';

jest.setTimeout(240_000);

const P = 'kgtest-viewer-';
const ROOT = path.resolve(__dirname, '../..');
const INTERVIEW = path.join(ROOT, 'import', 'cabar-2022-01-ivar-dale-kazakhstan-protests.txt');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const ours = (key: string) => key.startsWith(P) || key.startsWith(`source:${P}`);

describe('viewer on Neo4j', () => {
  let db: TestDatabase;
  let source: GraphSource;
  let server: RunningViewerServer;
  let browser: LaunchedBrowser;
  let expected: SerializedGraph;

  beforeAll(async () => {
    if (!hasChromium()) throw new Error('no Chromium at /usr/bin/chromium: install it with "apt-get install -y chromium"');
    mkdirSync(ARTIFACTS, { recursive: true });
    const { imported, failures } = await importSources([INTERVIEW]);
    expect(failures).toEqual([]);
    const extractions = imported.map((extraction) => namespaceExtraction(extraction, P));
    expected = SerializedGraph.parse(buildGraph(extractions).export());
    db = await openTestDatabase();
    await deleteNamespace(db, P);
    await writeExtractions(db.driver, extractions, { database: db.config.database, uri: db.config.uri });
    // A long cache: the test and the page must see the same read of a database other suites write to.
    source = await createNeo4jGraphSource(db.config, { cacheMs: 120_000 });
    server = await startViewerServer({ host: '127.0.0.1', port: 0, source, build: await ensureViewerBuilt() });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await source?.close();
    if (db) {
      await deleteNamespace(db, P);
      await db.driver.close();
    }
  });

  it('should read back from Neo4j the same graph the importer built', async () => {
    const response = await fetch(`${server.url}api/graph`);
    const graph = (await response.json()) as SerializedGraph;
    expect({ status: response.status, error: (graph as { error?: string }).error }).toEqual({ status: 200, error: undefined });
    expect(SerializedGraph.safeParse(graph).error?.issues.slice(0, 3)).toBeUndefined();
    const mine = graph.nodes.filter((node) => ours(node.key));
    expect(mine.map((n) => n.key).sort()).toEqual(expected.nodes.map((n) => n.key).sort());
    const edges = graph.edges.filter((edge) => ours(edge.source) && ours(edge.target));
    expect(edges.map((e) => e.key).sort()).toEqual(expected.edges.map((e) => e.key).sort());
    for (const want of expected.nodes) {
      const got = mine.find((node) => node.key === want.key)!.attributes as Record<string, unknown>;
      const w = want.attributes as Record<string, unknown>;
      expect({ kind: got.kind, label: got.label }).toEqual({ kind: w.kind, label: w.label });
      if (w.kind === 'Stance') {
        expect(got).toMatchObject({ polarity: w.polarity, code: w.code, quote: w.quote, span: w.span, source: w.source, holder: w.holder, target: w.target });
      } else if (w.kind !== 'Source') {
        expect({ mentions: got.mentions, aliases: [...(got.aliases as string[])].sort(), wikidata: got.wikidata }).toEqual({
          mentions: w.mentions,
          aliases: [...(w.aliases as string[])].sort(),
          wikidata: w.wikidata,
        });
      }
    }
    for (const want of expected.edges.filter((edge) => 'evidence' in edge.attributes)) {
      const got = edges.find((edge) => edge.key === want.key)!.attributes as { evidence: { quote: string }[] };
      const w = want.attributes as { evidence: { quote: string }[] };
      expect(got.evidence.map((e) => e.quote).sort()).toEqual(w.evidence.map((e) => e.quote).sort());
    }
  });

  it('should draw it, find and fly to Tokayev, show his quotes and hide people on demand', async () => {
    const graph = (await (await fetch(`${server.url}api/graph`)).json()) as SerializedGraph;
    const tokayev = expected.nodes.find((node) => (node.attributes.kind as string) === 'Person' && /Tokayev/.test(node.attributes.label));
    expect(tokayev).toBeDefined();
    const page = await browser.context.newPage();
    const watch = await watchPage(page);
    await page.goto(server.url);
    await waitForViewer(page, 'layoutDone');
    expect(await page.evaluate(() => window.__kg.order)).toBe(graph.nodes.length);
    await runInterviewScenario(page, {
      order: graph.nodes.length,
      people: graph.nodes.filter((node) => (node.attributes.kind as string) === 'Person').length,
      text: readFileSync(INTERVIEW, 'utf8').replace(/^\uFEFF/, ''),
      screenshot: path.join(ARTIFACTS, 'viewer-neo4j-tokayev.png'),
      choose: tokayev!.key,
    });
    expect(watch.errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
