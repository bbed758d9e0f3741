/**
 * The layout: ForceAtlas2 in a web worker for a time that grows with the graph, then Noverlap
 * (also in a worker) so nodes, and so labels, do not pile up. The page stays responsive and
 * shows the graph moving into shape; the returned promise resolves when both are done.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { ViewGraph } from './view-graph';

export interface LayoutOptions {
  /** ForceAtlas2 time budget in ms; by default 1.5 s plus 0.6 ms per node, at most 10 s. */
  fa2Millis?: number;
  /** Give up on Noverlap after this many ms if it has not converged. */
  noverlapMillis?: number;
  /** Size of a pixel in graph units, so Noverlap keeps nodes apart by their drawn size. */
  pixelToGraph?: () => number;
}

export function defaultLayoutMillis(order: number): number {
  return Math.min(10_000, 1_500 + order * 0.6);
}

export interface RunningLayout {
  readonly done: Promise<void>;
  stop(): void;
}

export function runLayout(graph: ViewGraph, options: LayoutOptions = {}): RunningLayout {
  let stopped = false;
  let fa2: FA2Layout | null = new FA2Layout(graph, {
    settings: { ...inferSettings(graph), adjustSizes: false, slowDown: 2 },
    // The derived holder→target stance edges repeat what HOLDS and ABOUT already say: no pull.
    getEdgeWeight: (_edge, attrs) => ((attrs as { rel?: string }).rel === 'STANCE' ? 0 : 1),
  });
  let noverlap: NoverlapLayout | null = null;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const end = () => {
    fa2?.kill();
    fa2 = null;
    noverlap?.kill();
    noverlap = null;
    finish();
  };
  fa2.start();
  setTimeout(() => {
    if (stopped) return;
    fa2?.kill();
    fa2 = null;
    const scale = options.pixelToGraph?.() ?? 1;
    noverlap = new NoverlapLayout(graph, {
      settings: { margin: 3 * scale, ratio: 1, speed: 3 },
      inputReducer: (_key, attrs) => ({ x: attrs.x, y: attrs.y, size: (attrs as { size: number }).size * scale }),
      onConverged: end,
    });
    noverlap.start();
    setTimeout(end, options.noverlapMillis ?? 3_000);
  }, options.fa2Millis ?? defaultLayoutMillis(graph.order));
  return {
    done,
    stop() {
      stopped = true;
      end();
    },
  };
}
