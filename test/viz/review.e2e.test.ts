/**
 * Reviewing in the viewer, in real headless Chromium, on graphs the real pipeline imported from
 * two short reports written for this test: an analyst rejects a stance and changes another's
 * polarity in the side panel, merges two spellings of one person, works through the queue from
 * the keyboard; the decisions file beside the sources keeps it all, and a re-import with
 * `kg import` gives the same result. A read-only server and the static export show no write
 * controls at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { SerializedGraph, StanceNodeAttributes } from '../../schema/graph-json';
import { readDecisionsFile } from '../../src/review/parse-decisions';
import { createFileGraphSource } from '../../src/serve/file-graph-source';
import { createReviewApi } from '../../src/serve/review-api';
import { exportStaticViewer } from '../../src/serve/static-export';
import { ensureViewerBuilt, type ViewerBuildPaths } from '../../src/serve/viewer-build';
import { startViewerServer, type RunningViewerServer } from '../../src/serve/viewer-server';
import { hasChromium, launchBrowser, type LaunchedBrowser } from './browser';
import { cspViolations, waitForViewer, watchPage } from './viewer-session';

jest.setTimeout(300_000);

const KG = path.resolve(__dirname, '../../bin/kg.js');
const BISHKEK = `Parliament debate in Bishkek

BISHKEK, March 3 (Reuters) - Kyrgyz opposition leader Temir Asanov criticised President Sadyr Japarov on Tuesday, saying the new media law would silence independent reporters. Asanov also accused the Interior Ministry of harassing bloggers.

Aigul Nurlanova, a lawyer with the Adilet legal clinic, condemned the Interior Ministry for detaining journalists in Osh.
`;
const OSH = `Protest in Osh

OSH, March 5 - Opposition politician Timur Asanov condemned the mayor of Osh for banning the rally.
`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-review-e2e-'));
const sources = path.join(dir, 'import');
const out = path.join(dir, 'out', 'graph.json');
const decisionsFile = path.join(sources, 'review', 'decisions.jsonl');

function kgImport(): void {
  const r = spawnSync(process.execPath, [KG, 'import', sources, '--out', out, '--jobs', '1', '--quiet'], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
  if (r.status !== 0) throw new Error(`kg import failed: ${r.stderr}`);
}

const graphFile = () => JSON.parse(readFileSync(out, 'utf8')) as SerializedGraph;
const stanceNodes = (graph: SerializedGraph) => graph.nodes.filter((n) => n.attributes.kind === 'Stance').map((n) => ({ key: n.key, ...(n.attributes as StanceNodeAttributes) }));

async function openSelected(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => window.__kg.select(k), key);
  await page.locator('.review-section').waitFor({ timeout: 20_000 });
}

/** Click a control that saves a decision; the page reloads the rebuilt graph. */
async function decideAndReload(page: Page, click: () => Promise<void>): Promise<void> {
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  await click();
  await reloaded;
  await waitForViewer(page, 'ready');
}

describe('reviewing in the viewer', () => {
  let server: RunningViewerServer;
  let readOnly: RunningViewerServer;
  let browser: LaunchedBrowser;
  let build: ViewerBuildPaths;

  beforeAll(async () => {
    if (!hasChromium()) throw new Error('no Chromium at /usr/bin/chromium: install it with "apt-get install -y chromium"');
    mkdirSync(sources, { recursive: true });
    writeFileSync(path.join(sources, 'bishkek.txt'), BISHKEK);
    writeFileSync(path.join(sources, 'osh.txt'), OSH);
    kgImport();
    build = await ensureViewerBuilt();
    const source = createFileGraphSource(out);
    server = await startViewerServer({ host: '127.0.0.1', port: 0, source, build, review: createReviewApi({ graphPath: out, decisionsPath: decisionsFile, source }) });
    readOnly = await startViewerServer({ host: '127.0.0.1', port: 0, source: createFileGraphSource(out), build });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await readOnly?.close();
  });

  it("should reject a stance, change another one's polarity and merge two names of one person, and keep all three through a re-import", async () => {
    const before = graphFile();
    const asanov = stanceNodes(before).filter((s) => s.holder === 'n:temir-asanov');
    expect(asanov.length).toBeGreaterThanOrEqual(2);
    const [rejected, corrected] = [asanov.find((s) => s.target !== 'n:sadyr-japarov')!, asanov.find((s) => s.target === 'n:sadyr-japarov')!];
    expect(before.nodes.some((n) => n.key === 'n:timur-asanov')).toBe(true);

    const page = await browser.context.newPage();
    const watch = await watchPage(page);
    await page.goto(server.url);
    await waitForViewer(page, 'ready');
    await page.locator('#reviewer').fill('ana');
    await page.locator('#reviewer').dispatchEvent('change');

    await openSelected(page, rejected.key);
    await decideAndReload(page, () => page.locator('#review-reject').click());
    await openSelected(page, corrected.key);
    await page.locator('#review-polarity').selectOption('mixed');
    await decideAndReload(page, () => page.locator('#review-set-polarity').click());
    await openSelected(page, 'n:temir-asanov');
    await page.locator('#review-other').fill('Timur');
    await decideAndReload(page, () => page.locator('#review-other-hits button', { hasText: 'Merge into this' }).first().click());

    expect(readDecisionsFile(decisionsFile).map((d) => [d.decision.action, d.decision.by])).toEqual([
      ['stance.reject', 'ana'],
      ['stance.correct', 'ana'],
      ['entity.merge', 'ana'],
    ]);
    // What the page shows after the last reload is the graph with all three applied.
    await openSelected(page, 'n:temir-asanov');
    expect(await page.locator('#review-status').textContent()).toBe('corrected by ana');

    kgImport();
    const after = graphFile();
    const stances = stanceNodes(after);
    expect(stances.find((s) => s.quote === rejected.quote && s.target === rejected.target)).toBeUndefined();
    expect(stances.find((s) => s.quote === corrected.quote && s.target === corrected.target)).toMatchObject({ polarity: 'mixed', reviewed: 'corrected', reviewedBy: 'ana' });
    const people = after.nodes.filter((n) => n.attributes.label === 'Temir Asanov' || n.attributes.aliases.includes('Temir Asanov') || n.attributes.label === 'Timur Asanov');
    expect(people.map((n) => n.key)).toEqual(['n:temir-asanov']);
    expect(people[0]!.attributes.aliases).toContain('Timur Asanov');
    expect(watch.errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('should shrink the queue as stances are confirmed and rejected from the keyboard, showing each quote in its sentence', async () => {
    const page = await browser.context.newPage();
    const watch = await watchPage(page);
    await page.goto(server.url);
    await waitForViewer(page, 'ready');
    const unreviewed = stanceNodes(graphFile()).filter((s) => !s.reviewed);
    expect(unreviewed.length).toBeGreaterThanOrEqual(2);
    await page.locator('#review-open').click();
    const left = page.locator('#review-left');
    await expect(left.textContent()).resolves.toBe(`${unreviewed.length} left to review`);
    const lowest = [...unreviewed].sort((a, b) => a.confidence - b.confidence || (a.key < b.key ? -1 : 1))[0]!;
    // The quote, marked, inside the sentence the stored text has around it (which ends the sentence).
    await page.waitForFunction(() => /[.!?]$/.test(document.querySelector('#review-sentence')?.textContent ?? ''));
    expect(await page.locator('#review-sentence mark').textContent()).toBe(lowest.quote);
    expect(await page.locator('#review-sentence').textContent()).toContain(lowest.quote);
    await page.keyboard.press('c');
    await page.waitForFunction((n) => document.querySelector('#review-left')?.textContent === `${n} left to review`, unreviewed.length - 1);
    await page.keyboard.press('r');
    await page.waitForFunction((n) => document.querySelector('#review-left')?.textContent === `${n} left to review`, unreviewed.length - 2);
    const actions = readDecisionsFile(decisionsFile).map((d) => d.decision.action);
    expect(actions.slice(-2)).toEqual(['stance.confirm', 'stance.reject']);
    const reloaded = page.waitForEvent('load');
    await page.keyboard.press('Escape');
    await reloaded;
    await waitForViewer(page, 'ready');
    expect(await page.locator('#review-open').textContent()).toBe(`Review queue (${unreviewed.length - 2})`);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('should have no write controls on a read-only server or in the static export', async () => {
    const stance = stanceNodes(graphFile())[0]!;
    for (const url of [readOnly.url, pathToFileURL((await exportStaticViewer(build, graphFile(), path.join(dir, 'export'))).file).href]) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await waitForViewer(page, 'ready');
      await page.evaluate((k) => window.__kg.select(k), stance.key);
      await page.locator('#panel').waitFor();
      expect(await page.locator('#review-open, #reviewer, .review-section, #review-queue').count()).toBe(0);
      await page.close();
    }
  });
});
