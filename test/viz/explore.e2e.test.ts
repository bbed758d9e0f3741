/**
 * The archive explorer end to end, in a real headless Chromium against `kg serve`'s server and
 * a generated graph of archive size (far above the threshold): the page opens on the overview
 * under the budget without ever fetching the whole graph, searches the server, expands an
 * entity hop by hop within the budget, groups its stances by holder and opens their quotes,
 * and filters by publisher and by date.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARCHIVE_PUBLISHERS, generateArchiveGraph } from '../../bench/archive-graph';
import type { SerializedGraph } from '../../schema/graph-json';
import { createFileGraphSource } from '../../src/serve/file-graph-source';
import { ensureViewerBuilt } from '../../src/serve/viewer-build';
import { type RunningViewerServer, startViewerServer } from '../../src/serve/viewer-server';
import { hasChromium, type LaunchedBrowser, launchBrowser } from './browser';
import { type PageWatch, waitForViewer, watchPage } from './viewer-session';

jest.setTimeout(240_000);

interface ExploreProbe {
  order: number;
  budget: number;
  pending: number;
  changes: number;
  error: string | null;
}
const explore = (page: Page) => page.evaluate(() => (window as unknown as { __kgExplore: ExploreProbe }).__kgExplore);
/** Wait until the drawn graph has changed `after` times and nothing is in flight. */
const settled = (page: Page, after: number) =>
  page.waitForFunction(
    (count) => {
      const probe = (window as unknown as { __kgExplore: ExploreProbe }).__kgExplore;
      return probe.changes > count && probe.pending === 0;
    },
    after,
    { timeout: 60_000 },
  );

/** The most-discussed entity: the target of the most stances, and its holders. */
function mostDiscussed(graph: SerializedGraph): { key: string; label: string } {
  const counts = new Map<string, number>();
  for (const node of graph.nodes) if (node.attributes.kind === 'Stance') counts.set(node.attributes.target, (counts.get(node.attributes.target) ?? 0) + 1);
  const [key] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
  return { key, label: graph.nodes.find((node) => node.key === key)!.attributes.label };
}

describe('the archive explorer in headless Chromium', () => {
  const graph = generateArchiveGraph(40_000, 120_000);
  const target = mostDiscussed(graph);
  let server: RunningViewerServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let watch: PageWatch;
  const requested: string[] = [];

  beforeAll(async () => {
    if (!hasChromium()) throw new Error('no Chromium at /usr/bin/chromium: install it with "apt-get install -y chromium"');
    const build = await ensureViewerBuilt();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-explore-e2e-'));
    const file = path.join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(graph));
    server = await startViewerServer({ host: '127.0.0.1', port: 0, source: createFileGraphSource(file), build });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    watch = await watchPage(page);
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(server.url);
    await waitForViewer(page, 'ready');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should open on the overview, under the budget, without fetching the whole graph', async () => {
    const probe = await explore(page);
    expect(probe.order).toBeGreaterThan(50);
    expect(probe.order).toBeLessThanOrEqual(probe.budget);
    expect(probe.budget).toBe(5_000);
    expect(await page.evaluate(() => window.__kg.renderedNodes())).toBe(probe.order);
    expect(requested).not.toContain('/api/graph');
    expect(await page.locator('#explore-count').getAttribute('data-order')).toBe(String(probe.order));
    expect(watch.errors).toEqual([]);
  });

  it('should search the server, bring the entity in and expand it, the count growing within the budget', async () => {
    const before = await explore(page);
    await page.locator('#search').fill(target.label);
    const hit = page.locator(`#search-results li[data-key="${target.key}"]`);
    await hit.waitFor({ timeout: 30_000 });
    await hit.dispatchEvent('pointerdown');
    await page.waitForFunction((key) => window.__kg.selected() === key, target.key, { timeout: 30_000 });
    const chosen = await explore(page);
    expect(await page.evaluate((key) => window.__kg.isDrawn(key), target.key)).toBe(true);

    const expandButton = page.locator('#explore-expand');
    await expandButton.click();
    await settled(page, chosen.changes);
    const expanded = await explore(page);
    expect(expanded.order).toBeGreaterThan(Math.max(before.order, chosen.order));
    expect(expanded.order).toBeLessThanOrEqual(expanded.budget);
    expect(await page.locator('#explore-count').getAttribute('data-order')).toBe(String(expanded.order));

    // A small budget caps the next expansion and trims what is drawn at once.
    const small = expanded.order + 10;
    await page.locator('#explore-budget').fill(String(small));
    await page.locator('#explore-budget').dispatchEvent('change');
    // Some of the next ranked neighbours may be drawn already, so it can take more than one click.
    for (let click = 0; click < 20 && !(await page.locator('#explore-expand').isDisabled()); click++) {
      const changes = (await explore(page)).changes;
      await page.locator('#explore-expand').click();
      await settled(page, changes);
      expect((await explore(page)).order).toBeLessThanOrEqual(small);
    }
    expect((await explore(page)).order).toBe(small);
    expect(await page.locator('#explore-expand').isDisabled()).toBe(true);
    await page.locator('#explore-budget').fill('5000');
    await page.locator('#explore-budget').dispatchEvent('change');
  });

  it('should group the stances about the entity by holder with counts, and open one group’s quotes', async () => {
    const groups = page.locator('#panel section[data-side="about"] li.stance-group');
    await groups.first().waitFor({ timeout: 30_000 });
    const counts = await groups.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-count'))));
    const stances = graph.nodes.filter((node) => node.attributes.kind === 'Stance' && node.attributes.target === target.key);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(stances.length);
    const holder = await groups.first().getAttribute('data-other');
    await groups.first().locator('button.group-open').click();
    const quotes = groups.first().locator('.group-quotes li.stance');
    await quotes.first().waitFor({ timeout: 30_000 });
    const expected = stances.filter((node) => node.attributes.kind === 'Stance' && node.attributes.holder === holder).map((node) => (node.attributes as { quote: string }).quote);
    expect((await quotes.locator('blockquote').allTextContents()).sort()).toEqual(expected.sort());
  });

  it('should filter by publisher and by date, the overview and the source list following', async () => {
    const before = await explore(page);
    const allSources = await page.locator('#explore-matching').textContent();
    await page.locator(`#explore-publishers input[data-publisher="${ARCHIVE_PUBLISHERS[2]}"]`).check();
    await settled(page, before.changes);
    await page.waitForFunction((text) => document.getElementById('explore-matching')?.textContent !== text, allSources);
    const byPublisher = Number((await page.locator('#explore-matching').textContent())!.replace(/\D/g, ''));
    const publisherSources = graph.nodes.filter((node) => node.attributes.kind === 'Source' && node.attributes.publisher === ARCHIVE_PUBLISHERS[2]).length;
    expect(byPublisher).toBe(publisherSources);
    await page.locator('#explore-source-results li button').first().waitFor();
    const listed = await page.locator('#explore-source-results li .meta').allTextContents();
    expect(listed.length).toBeGreaterThan(0);
    for (const line of listed) expect(line).toContain(ARCHIVE_PUBLISHERS[2]);

    const filtered = await explore(page);
    await page.locator('#explore-from').fill('2021-01-01');
    await page.locator('#explore-to').fill('2021-12-31');
    await page.locator('#explore-to').dispatchEvent('change');
    await settled(page, filtered.changes);
    await page.waitForFunction(() => (window as unknown as { __kgExplore: { filter: { to: string } } }).__kgExplore.filter.to === '2021-12-31');
    await page.waitForFunction(() => (window as unknown as { __kgExplore: ExploreProbe }).__kgExplore.pending === 0);
    const dated = graph.nodes.filter(
      (node) =>
        node.attributes.kind === 'Source' && node.attributes.publisher === ARCHIVE_PUBLISHERS[2] && node.attributes.date! >= '2021-01-01' && node.attributes.date! <= '2021-12-31',
    ).length;
    await page.waitForFunction((count) => document.getElementById('explore-matching')?.textContent === `${count.toLocaleString('en')} sources match`, dated);
    const probe = await explore(page);
    expect(probe.order).toBeGreaterThan(0);
    expect(probe.order).toBeLessThanOrEqual(probe.budget);
    expect(probe.error).toBeNull();
    expect(watch.errors).toEqual([]);
  });
});
