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
  selected(): string | null;
  nodeOnScreen(key: string): { x: number; y: number } | null;
  search(query: string): { hits: { key: string; label: string }[]; millis: number };
  select(key: string): void;
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

