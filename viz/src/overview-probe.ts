/**
 * `window.__kgExplore`: read-only probes of the archive explorer for the end-to-end test and the
 * benchmark, next to the shared `window.__kg` (which the explorer also fills: ready, timings,
 * what sigma drew). `changes` counts finished updates, so a test can wait for the next one.
 */
import type { ExploreFilter } from './overview-api';

export interface ExploreProbe {
  order: number;
  size: number;
  budget: number;
  /** Requests in flight. */
  pending: number;
  /** Updates of the drawn graph so far (overview, expansions, filter changes). */
  changes: number;
  /** Milliseconds of the last expansion, request to drawn, and of its server round trip. */
  lastExpand: { totalMillis: number; requestMillis: number } | null;
  filter: ExploreFilter;
  error: string | null;
}

declare global {
  interface Window {
    __kgExplore?: ExploreProbe;
  }
}

export function installExploreProbe(budget: number, filter: ExploreFilter): ExploreProbe {
  const probe: ExploreProbe = { order: 0, size: 0, budget, pending: 0, changes: 0, lastExpand: null, filter, error: null };
  window.__kgExplore = probe;
  return probe;
}
