/**
 * The explorer's layout: ForceAtlas2 in a web worker for a time that grows with the nodes
 * held (at most a few seconds, since each expansion lays out again), pulling harder along
 * heavier stance arrows. Restarting stops the previous run, so quick expansions do not pile up
 * workers.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { ExploreGraph } from './overview-graph';

export interface ExploreLayout {
  /** Lay out (again) now; resolves when this run is over or replaced by a newer one. */
  run(): Promise<void>;
  stop(): void;
}

export const exploreLayoutMillis = (order: number) => Math.min(4_000, 800 + order * 0.4);

export function createExploreLayout(graph: ExploreGraph): ExploreLayout {
  let current: { worker: FA2Layout; timer: ReturnType<typeof setTimeout>; finish: () => void } | null = null;
  const stop = () => {
    if (!current) return;
    clearTimeout(current.timer);
    current.worker.kill();
    current.finish();
    current = null;
  };
  return {
    run() {
      stop();
      if (graph.order < 2) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const worker = new FA2Layout(graph, {
          settings: { ...inferSettings(graph), adjustSizes: false, slowDown: 3, barnesHutOptimize: graph.order > 500 },
          getEdgeWeight: (_edge, attrs) => Math.log2(1 + (attrs as { weight?: number }).weight!),
        });
        worker.start();
        current = { worker, timer: setTimeout(stop, exploreLayoutMillis(graph.order)), finish: resolve };
      });
    },
    stop,
  };
}
