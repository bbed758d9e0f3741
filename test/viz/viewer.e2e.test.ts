/**
 * The viewer end to end, in a real headless Chromium: served by `kg serve`'s server from a
 * graph.json, and as the exported page opened from disk. The graph is the hand-made sample
 * (built with the real buildGraph), which names one person `<img src=x onerror=alert(1)>`.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { createFileGraphSource } from '../../src/serve/file-graph-source';
import { exportStaticViewer } from '../../src/serve/static-export';
import { ensureViewerBuilt, type ViewerBuildPaths } from '../../src/serve/viewer-build';
import { startViewerServer, type RunningViewerServer } from '../../src/serve/viewer-server';
import { KIND_STYLE } from '../../viz/src/kind-style';
import { hasChromium, launchBrowser, type LaunchedBrowser } from './browser';
import { countColour, decodePng } from './png-pixels';
import { sampleGraphJson, XSS_NAME } from './fixtures/sample-graph';
import { cspViolations, visibleCentre, waitForViewer, watchPage, type PageWatch } from './viewer-session';

jest.setTimeout(180_000);

const ARTIFACTS = path.resolve(__dirname, '../artifacts');
const graph = sampleGraphJson();
const TOKAYEV = 'Q2740';

describe('viewer in headless Chromium', () => {
  let build: ViewerBuildPaths;
  let server: RunningViewerServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let watch: PageWatch;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-viewer-e2e-'));

  beforeAll(async () => {
    if (!hasChromium()) throw new Error('no Chromium at /usr/bin/chromium: install it with "apt-get install -y chromium"');
    mkdirSync(ARTIFACTS, { recursive: true });
    build = await ensureViewerBuilt();
    const file = path.join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(graph));
    server = await startViewerServer({ host: '127.0.0.1', port: 0, source: createFileGraphSource(file), build });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    watch = await watchPage(page);
    await page.goto(server.url);
    await waitForViewer(page, 'layoutDone');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should draw every node of the graph', async () => {
    expect(await page.evaluate(() => window.__kg.order)).toBe(graph.nodes.length);
    expect(await page.evaluate(() => window.__kg.renderedNodes())).toBe(graph.nodes.length);
    expect(await page.locator('#status').textContent()).toBe(`${graph.nodes.length} nodes`);
  });

  it('should search "Tokayev", land on him and show his stances with their quotes', async () => {
    await page.locator('#search').fill('');
    await page.locator('#search').pressSequentially('Tokayev', { delay: 20 });
    const first = page.locator('#search-results li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-key')).toBe(TOKAYEV);
    await page.locator('#search').press('Enter');
    expect(await page.evaluate(() => window.__kg.selected())).toBe('Q2740');
    await page.waitForTimeout(800);
    // The camera flies him to the middle of the area the side panel leaves free.
    const box = (await page.locator('#graph').boundingBox())!;
    const spot = (await page.evaluate(() => window.__kg.nodeOnScreen('Q2740')))!;
    const centre = await visibleCentre(page);
    expect(centre.x).toBeLessThan(box.width / 2);
    expect(Math.abs(spot.x - centre.x)).toBeLessThan(box.width * 0.05);
    expect(Math.abs(spot.y - centre.y)).toBeLessThan(box.height * 0.05);
    expect(page.url()).toContain('#node=Q2740');
  });

  it('should open the panel with a quote when he is clicked', async () => {
    await page.keyboard.press('Escape');
    await page.locator('#graph').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('#panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => window.__kg.selected())).toBeNull();
    const box = (await page.locator('#graph').boundingBox())!;
    const spot = (await page.evaluate(() => window.__kg.nodeOnScreen('Q2740')))!;
    await page.mouse.click(box.x + spot.x, box.y + spot.y);
    await page.locator('#panel').waitFor({ state: 'visible' });
    expect(await page.locator('#panel h2').textContent()).toBe('Kassym-Jomart Tokayev');
    const quotes = await page.locator('#panel blockquote').allTextContents();
    expect(quotes).toContain('Tokayev ordered the police to shoot without warning, which is unacceptable.');
    expect(await page.locator('#panel').textContent()).toContain('oppose');
    expect(await page.locator('#panel a[href="https://www.wikidata.org/wiki/Q2740"]').count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-tokayev-panel.png') });
  });

  it('should grey everything outside the hovered node’s neighbourhood', async () => {
    await page.locator('#panel-close').click();
    await page.locator('#zoom-fit').click();
    await page.waitForTimeout(500);
    const box = (await page.locator('#graph').boundingBox())!;
    const far = 'n:xss';
    const own = await page.evaluate((k) => window.__kg.drawnColor(k), far);
    const spot = (await page.evaluate(() => window.__kg.nodeOnScreen('n:norwegian-helsinki-committee')))!;
    await page.mouse.move(box.x + spot.x, box.y + spot.y);
    await page.waitForFunction((k) => window.__kg.drawnColor(k) === '#e4e4e4', far);
    expect(await page.evaluate(() => window.__kg.drawnColor('n:ivar-dale'))).not.toBe('#e4e4e4');
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await page.waitForFunction(([k, colour]) => window.__kg.drawnColor(k) === colour, [far, own] as const);
  });

  it('should render a name made of markup as text', async () => {
    await page.evaluate(() => window.__kg.select('n:xss'));
    await page.locator('#panel h2').waitFor();
    expect(await page.locator('#panel h2').textContent()).toBe(XSS_NAME);
    expect(await page.locator('#panel img, #legend img, #search-results img').count()).toBe(0);
    await page.locator('#search').fill('onerror');
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-results li').first().textContent()).toContain(XSS_NAME);
    await page.locator('#search').press('Escape');
    expect(watch.dialogs).toEqual([]);
  });

  it('should be usable from the keyboard alone', async () => {
    await page.locator('#graph').focus();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('kaz');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search').getAttribute('aria-activedescendant')).toBe('search-hit-0');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__kg.selected())).toBe('Q232');
    // Tab from the search box reaches the view controls in order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoom-in');
    await page.locator('#graph').focus();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__kg.selected())).toBeNull();
    expect(await page.locator('#panel').isHidden()).toBe(true);
  });

  it('should hide a kind toggled off in the legend and bring it back', async () => {
    const people = graph.nodes.filter((n) => (n.attributes.kind as string) === 'Person').length;
    const button = page.locator('#legend-kinds button[data-kind="Person"]');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => window.__kg.renderedNodes())).toBe(graph.nodes.length - people);
    expect(await page.evaluate(() => window.__kg.isDrawn('Q2740'))).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-people-hidden.png') });
    await button.press('Enter');
    expect(await page.evaluate(() => window.__kg.isDrawn('Q2740'))).toBe(true);
  });

  it('should filter by source document and by polarity', async () => {
    const interview = page.locator('#legend-sources button[data-source="source:interview-a"]');
    await interview.click();
    expect(await page.evaluate(() => window.__kg.isDrawn('n:ivar-dale'))).toBe(false);
    expect(await page.evaluate(() => window.__kg.isDrawn('Q2740'))).toBe(true);
    await interview.click();
    const oppose = page.locator('#legend-polarities button[data-polarity="oppose"]');
    await oppose.click();
    const opposed = graph.nodes.filter((n) => (n.attributes as { polarity?: string }).polarity === 'oppose').map((n) => n.key);
    expect(opposed.length).toBeGreaterThan(0);
    for (const key of opposed) expect(await page.evaluate((k) => window.__kg.isDrawn(k), key)).toBe(false);
    await oppose.click();
    expect(await page.evaluate(() => window.__kg.renderedNodes())).toBe(graph.nodes.length);
  });

  it('should switch stances from nodes to coloured edges', async () => {
    const stances = graph.nodes.filter((n) => n.attributes.kind === 'Stance').length;
    await page.locator('#stances-edges').click();
    expect(await page.evaluate(() => window.__kg.renderedNodes())).toBe(graph.nodes.length - stances);
    expect(page.url()).toContain('stances=edges');
    // Clicking the red arrow from Ivar Dale to Tokayev opens that stance with its quote.
    await page.evaluate(() => window.__kg.select(null));
    await page.locator('#zoom-fit').click();
    await page.waitForTimeout(500);
    const box = (await page.locator('#graph').boundingBox())!;
    const [from, to] = await page.evaluate(() => [window.__kg.nodeOnScreen('n:ivar-dale')!, window.__kg.nodeOnScreen('Q2740')!]);
    await page.mouse.click(box.x + (from.x + to.x) / 2, box.y + (from.y + to.y) / 2);
    await page.locator('#panel').waitFor({ state: 'visible' });
    expect(await page.locator('#panel blockquote').first().textContent()).toBe('Tokayev ordered the police to shoot without warning, which is unacceptable.');
    await page.locator('#panel-close').click();
    expect(await page.locator('#panel').isHidden()).toBe(true);
    await page.locator('#stances-nodes').click();
    expect(await page.evaluate(() => window.__kg.renderedNodes())).toBe(graph.nodes.length);
  });

  it('should open the view a link describes', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${server.url}#node=Q232&hide=Source`);
    await waitForViewer(other);
    await other.locator('#panel h2').waitFor();
    expect(await other.locator('#panel h2').textContent()).toBe('Kazakhstan');
    expect(await other.evaluate(() => window.__kg.isDrawn('source:interview-a'))).toBe(false);
    await other.close();
  });

  it('should export the view as a PNG image', async () => {
    const png = await page.evaluate(() => window.__kg.png());
    expect(png.startsWith('data:image/png;base64,')).toBe(true);
    expect(png.length).toBeGreaterThan(2_000);
    const download = page.waitForEvent('download');
    await page.locator('#export-png').click();
    expect((await download).suggestedFilename()).toBe('knowledge-graph.png');
  });

  it('should work on a phone-sized touch screen', async () => {
    const phone = await launchBrowser({ width: 390, height: 780 }, { hasTouch: true, isMobile: true });
    try {
      const mobile = await phone.context.newPage();
      await mobile.goto(server.url);
      await waitForViewer(mobile, 'layoutDone');
      // The legend starts folded away so the graph gets the screen; its button opens it.
      expect(await mobile.locator('#legend').isHidden()).toBe(true);
      await mobile.locator('#toggle-legend').tap();
      expect(await mobile.locator('#legend').isVisible()).toBe(true);
      await mobile.locator('#toggle-legend').tap();
      const box = (await mobile.locator('#graph').boundingBox())!;
      const spot = (await mobile.evaluate(() => window.__kg.nodeOnScreen('Q2740')))!;
      await mobile.touchscreen.tap(box.x + spot.x, box.y + spot.y);
      await mobile.locator('#panel').waitFor({ state: 'visible' });
      expect(await mobile.locator('#panel h2').textContent()).toBe('Kassym-Jomart Tokayev');
      // What is really on screen: his disc (the Person colour) is drawn above the panel. (An opaque
      // panel once made Chromium skip the WebGL layers entirely; the page could not tell.)
      await mobile.locator('#zoom-fit').tap();
      await mobile.waitForTimeout(600);
      const shot = decodePng(await mobile.screenshot());
      const panelTop = (await mobile.locator('#panel').boundingBox())!.y;
      expect(countColour(shot, KIND_STYLE.Person.color, { x: box.x, y: box.y, width: box.width, height: panelTop - box.y })).toBeGreaterThan(20);
      const buttons = await mobile.locator('.toolbar button').evaluateAll((all) => all.map((b) => b.getBoundingClientRect().height));
      expect(Math.min(...buttons)).toBeGreaterThanOrEqual(40);
      await mobile.screenshot({ path: path.join(ARTIFACTS, 'viewer-phone.png') });
    } finally {
      await phone.close();
    }
  });

  it('should run without errors or Content-Security-Policy violations', async () => {
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-served.png') });
    expect(watch.errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('should work as an exported page opened from disk', async () => {
    const out = path.join(dir, 'export');
    const { file } = await exportStaticViewer(build, graph, out);
    const exported = await browser.context.newPage();
    const exportedWatch = await watchPage(exported);
    await exported.goto(pathToFileURL(file).href);
    await waitForViewer(exported, 'layoutDone');
    expect(await exported.evaluate(() => window.__kg.renderedNodes())).toBe(graph.nodes.length);
    const hits = await exported.evaluate(() => window.__kg.search('Tokayev').hits.map((hit) => hit.key));
    expect(hits[0]).toBe('Q2740');
    await exported.evaluate(() => window.__kg.select('Q2740'));
    expect(await exported.locator('#panel h2').textContent()).toBe('Kassym-Jomart Tokayev');
    expect(exported.url()).toMatch(/^file:.*index\.html#node=Q2740$/);
    await exported.screenshot({ path: path.join(ARTIFACTS, 'viewer-exported.png') });
    expect(exportedWatch.errors).toEqual([]);
    expect(await cspViolations(exported)).toEqual([]);
    await exported.close();
  });
});
