/**
 * Shared steps of the viewer's end-to-end tests: open a page, collect what must not happen
 * (page errors, CSP violations, dialogs from injected markup), read the `window.__kg` probes.
 */
import type { Page } from 'playwright-core';

export interface PageWatch {
  errors: string[];
  cspViolations: string[];
  dialogs: string[];
}

/** The viewer's test probe (viz/src/main.ts), as the tests see it. */
export interface KgProbe {
  ready: boolean;
  layoutDone: boolean;
  error: string | null;
  order: number;
  size: number;
  timings: { dataLoaded?: number; firstFrame?: number; layoutDone?: number; searchIndexed?: number };
  renderedNodes(): number;
  isDrawn(key: string): boolean;
  drawnColor(key: string): string | null;
  selected(): string | null;
  nodeOnScreen(key: string): { x: number; y: number } | null;
  search(query: string): { hits: { key: string; label: string }[]; millis: number };
  select(key: string | null): void;
  png(): Promise<string>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __kg: KgProbe;
  }
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], cspViolations: [], dialogs: [] };
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.text())) watch.errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return watch;
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

export async function waitForViewer(page: Page, until: 'ready' | 'layoutDone' = 'ready'): Promise<void> {
  await page.waitForFunction((flag) => Boolean(window.__kg && window.__kg[flag]), until, { timeout: 45_000 });
}

/** The centre of the graph area the side panel leaves uncovered, relative to the graph container. */
export async function visibleCentre(page: Page): Promise<{ x: number; y: number }> {
  const view = (await page.locator('#graph').boundingBox())!;
  const panel = (await page.locator('#panel').isVisible()) ? await page.locator('#panel').boundingBox() : null;
  const right = panel && panel.x > view.x + view.width / 3 ? panel.x - view.x : view.width;
  const bottom = panel && panel.x <= view.x + view.width / 3 ? panel.y - view.y : view.height;
  return { x: right / 2, y: bottom / 2 };
}

export interface InterviewExpectations {
  /** Node count of the graph the page should draw. */
  order: number;
  /** Number of Person nodes (they disappear when the kind is toggled off). */
  people: number;
  /** The document text every quote in the panel must come from, verbatim. */
  text: string;
  /** Where to keep the screenshot. */
  screenshot: string;
  /** Choose this search result instead of the first (a shared database may hold other Tokayevs). */
  choose?: string;
}

/**
 * The end-to-end scenario on a real interview's graph: every node drawn; "Tokayev"
 * found and flown to; a click on him opens the panel with a verbatim quote; the Person kind
 * toggled off disappears. Returns the key the search landed on.
 */
export async function runInterviewScenario(page: Page, expected: InterviewExpectations): Promise<string> {
  const drawn = await page.evaluate(() => window.__kg.renderedNodes());
  if (drawn !== expected.order) throw new Error(`drew ${drawn} nodes, the graph has ${expected.order}`);

  await page.locator('#search').fill('');
  await page.locator('#search').pressSequentially('Tokayev', { delay: 20 });
  const first = page.locator('#search-results li').first();
  await first.waitFor();
  let key: string;
  if (expected.choose) {
    key = expected.choose;
    await page.locator(`#search-results li[data-key=${JSON.stringify(key)}]`).dispatchEvent('pointerdown');
  } else {
    key = (await first.getAttribute('data-key'))!;
    await page.locator('#search').press('Enter');
  }
  const selected = await page.evaluate(() => window.__kg.selected());
  if (selected !== key) throw new Error(`search chose ${key} but ${selected} is selected`);
  const label = (await page.locator('#panel h2').textContent()) ?? '';
  if (!/Tokayev/.test(label)) throw new Error(`search for "Tokayev" landed on "${label}"`);
  await page.waitForTimeout(800);
  const box = (await page.locator('#graph').boundingBox())!;
  const spot = await page.evaluate((k) => window.__kg.nodeOnScreen(k), key);
  const centre = await visibleCentre(page);
  if (!spot || Math.abs(spot.x - centre.x) > box.width * 0.1 || Math.abs(spot.y - centre.y) > box.height * 0.1) {
    throw new Error(`the camera did not land on ${label}: it is at ${JSON.stringify(spot)}, the free area's centre is ${JSON.stringify(centre)}`);
  }

  // Deselect, then click him on the canvas.
  await page.locator('#panel-close').click();
  await page.mouse.click(box.x + spot.x, box.y + spot.y);
  await page.locator('#panel').waitFor({ state: 'visible' });
  const clicked = await page.evaluate(() => window.__kg.selected());
  if (clicked !== key) throw new Error(`clicking ${label} selected ${clicked}`);
  const quotes = await page.locator('#panel blockquote').allTextContents();
  if (quotes.length === 0) throw new Error(`the panel for ${label} shows no quote`);
  const notVerbatim = quotes.filter((quote) => !expected.text.includes(quote));
  if (notVerbatim.length > 0) throw new Error(`quotes not found verbatim in the document: ${JSON.stringify(notVerbatim.slice(0, 3))}`);
  await page.screenshot({ path: expected.screenshot });

  const people = page.locator('#legend-kinds button[data-kind="Person"]');
  await people.click();
  const after = await page.evaluate(() => window.__kg.renderedNodes());
  const stillDrawn = await page.evaluate((k) => window.__kg.isDrawn(k), key);
  if (after !== expected.order - expected.people || stillDrawn) {
    throw new Error(`after hiding people ${after} nodes are drawn (expected ${expected.order - expected.people}), ${label} drawn: ${stillDrawn}`);
  }
  await people.click();
  return key;
}
