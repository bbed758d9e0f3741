/**
 * The viewer on the interview's real graph: the importer runs on the CABAR.asia interview in
 * import/, the server serves its graph.json, and headless Chromium walks the scenario.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SerializedGraph } from '../../schema/graph-json';
import { importSources } from '../../src/pipeline/import-sources';
import { createFileGraphSource } from '../../src/serve/file-graph-source';
import { ensureViewerBuilt } from '../../src/serve/viewer-build';
import { startViewerServer, type RunningViewerServer } from '../../src/serve/viewer-server';
import { hasChromium, launchBrowser, type LaunchedBrowser } from './browser';
import { cspViolations, runInterviewScenario, waitForViewer, watchPage } from './viewer-session';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const INTERVIEW = path.join(ROOT, 'import', 'cabar-2022-01-ivar-dale-kazakhstan-protests.txt');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');

describe('viewer on the imported interview', () => {
  let server: RunningViewerServer;
  let browser: LaunchedBrowser;
  let graph: SerializedGraph;

  beforeAll(async () => {
    if (!hasChromium()) throw new Error('no Chromium at /usr/bin/chromium: install it with "apt-get install -y chromium"');
    mkdirSync(ARTIFACTS, { recursive: true });
    const result = await importSources([INTERVIEW]);
    expect(result.failures).toEqual([]);
    graph = SerializedGraph.parse(result.graph.export());
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-interview-e2e-')), 'graph.json');
    writeFileSync(file, JSON.stringify(graph));
    const build = await ensureViewerBuilt();
    server = await startViewerServer({ host: '127.0.0.1', port: 0, source: createFileGraphSource(file), build });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should draw the graph, find and fly to Tokayev, show a verbatim quote for him and hide people on demand', async () => {
    const page = await browser.context.newPage();
    const watch = await watchPage(page);
    await page.goto(server.url);
    await waitForViewer(page, 'layoutDone');
    const key = await runInterviewScenario(page, {
      order: graph.nodes.length,
      people: graph.nodes.filter((n) => (n.attributes.kind as string) === 'Person').length,
      text: readFileSync(INTERVIEW, 'utf8').replace(/^\uFEFF/, ''),
      screenshot: path.join(ARTIFACTS, 'viewer-interview-tokayev.png'),
    });
    expect(graph.nodes.find((n) => n.key === key)?.attributes.label).toMatch(/Tokayev/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-interview.png') });
    expect(watch.errors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
