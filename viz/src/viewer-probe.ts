/**
 * `window.__kg`: read-only probes for the end-to-end tests and the benchmark (ready flags,
 * timings, what sigma actually drew). They report sigma's display data, not the viewer state,
 * so a test that counts drawn nodes checks the drawing, not the intention.
 */
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { ViewerRenderer } from './create-renderer';
import type { SearchHit } from './search-index';
import type { ViewGraph } from './view-graph';

export interface ViewerProbe {
  ready: boolean;
  layoutDone: boolean;
  error: string | null;
  order: number;
  size: number;
  timings: { dataLoaded?: number; viewGraphBuilt?: number; rendererCreated?: number; uiReady?: number; firstFrame?: number; layoutDone?: number; searchIndexed?: number };
  renderedNodes(): number;
  isDrawn(key: string): boolean;
  /** The colour sigma draws a node with (greyed out while another node is hovered). */
  drawnColor(key: string): string | null;
  selected(): string | null;
  /** Where a node is on screen (CSS pixels, relative to the graph container), or null if not drawn. */
  nodeOnScreen(key: string): { x: number; y: number } | null;
  search(query: string): { hits: SearchHit[]; millis: number };
  /** Select a node (and fly to it), or nothing with null. */
  select(key: string | null): void;
  png(): Promise<string>;
}

declare global {
  interface Window {
    __kg: ViewerProbe;
  }
}

/** Install the probe with nothing drawn yet; `wireProbe` connects it once the renderer exists. */
export function installProbe(): ViewerProbe {
  const probe: ViewerProbe = {
    ready: false,
    layoutDone: false,
    error: null,
    order: 0,
    size: 0,
    timings: {},
    renderedNodes: () => 0,
    isDrawn: () => false,
    drawnColor: () => null,
    selected: () => null,
    nodeOnScreen: () => null,
    search: () => ({ hits: [], millis: 0 }),
    select: () => undefined,
    png: async () => '',
  };
  window.__kg = probe;
  return probe;
}

export function wireProbe(probe: ViewerProbe, graph: ViewGraph, renderer: ViewerRenderer, control: { selected(): string | null; select(key: string | null): void }): void {
  probe.order = graph.order;
  probe.size = graph.size;
  probe.isDrawn = (key) => {
    const data = renderer.getNodeDisplayData(key);
    return Boolean(data && !data.hidden);
  };
  probe.drawnColor = (key) => renderer.getNodeDisplayData(key)?.color ?? null;
  probe.renderedNodes = () => {
    let count = 0;
    graph.forEachNode((key) => {
      if (probe.isDrawn(key)) count++;
    });
    return count;
  };
  probe.selected = control.selected;
  probe.select = control.select;
  probe.nodeOnScreen = (key) => (probe.isDrawn(key) ? renderer.graphToViewport(graph.getNodeAttributes(key)) : null);
  probe.png = async () => {
    const blob = await toBlob(renderer as unknown as Sigma, { format: 'png', backgroundColor: '#ffffff' });
    return await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsDataURL(blob);
    });
  };
}
