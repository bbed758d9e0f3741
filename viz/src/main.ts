/**
 * The viewer's entry point: loads the graph, draws it at once, then lays it out, and wires the
 * controls to the state. Order matters for the first frame: only what the first draw needs runs
 * before it; the search index and the layout come after.
 *
 * `window.__kg` exposes read-only probes (ready flags, drawn-node count, timings) for the
 * end-to-end tests and the benchmark.
 */
import './style.css';
import { downloadAsPNG, toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { byId } from './dom';
import { createRenderer, type ViewerRenderer } from './create-renderer';
import { findStanceEdgeAt } from './edge-hit';
import { isNodeVisible } from './filters';
import { countLegend, listSources } from './legend-counts';
import { renderLegend, syncLegend } from './legend-view';
import { loadGraphData } from './load-graph';
import { runLayout } from './layout-runner';
import { describeNode } from './node-details';
import { renderPanel } from './panel-view';
import { buildSearchIndex, searchNodes, type SearchHit, type SearchIndex } from './search-index';
import { attachSearch } from './search-view';
import { formatUrlState, parseUrlState } from './url-state';
import { createViewGraph, type ViewGraph } from './view-graph';
import {
  DEFAULT_VIEWER_STATE,
  hoverNode,
  selectNode,
  setStanceMode,
  toggleKind,
  togglePolarity,
  toggleSource,
  type ViewerState,
} from './viewer-state';

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

const status = byId('status');

function setUrl(state: ViewerState): void {
  const hash = formatUrlState({ node: state.selected, stanceMode: state.stanceMode, hiddenKinds: [...state.hiddenKinds] });
  if (hash === location.hash || (hash === '' && location.hash === '')) return;
  try {
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  } catch {
    // Pages opened from disk may refuse replaceState; a fragment-only replace never reloads.
    location.replace(hash || '#');
  }
}

function statusText(graph: ViewGraph, state: ViewerState, layingOut: boolean): string {
  if (graph.order === 0) return 'The graph is empty: import sources with "kg import" and reload.';
  let visible = 0;
  graph.forEachNode((_, attrs) => {
    if (isNodeVisible(attrs, state)) visible++;
  });
  const shown = visible === graph.order ? `${graph.order.toLocaleString('en')} nodes` : `${visible.toLocaleString('en')} of ${graph.order.toLocaleString('en')} nodes`;
  return layingOut ? `${shown} · laying out…` : shown;
}

function start(graph: ViewGraph): void {
  const initial = parseUrlState(location.hash);
  let state: ViewerState = {
    ...DEFAULT_VIEWER_STATE,
    stanceMode: initial.stanceMode,
    hiddenKinds: new Set(initial.hiddenKinds),
    selected: initial.node && graph.hasNode(initial.node) ? initial.node : null,
  };
  let layingOut = true;
  const container = byId('graph');
  const renderer: ViewerRenderer = createRenderer(graph, container, () => state);
  probe.timings.rendererCreated = performance.now();

  const panel = byId('panel');
  const panelBody = byId('panel-body');
  const legend = byId('legend');
  const modeButtons = { nodes: byId('stances-nodes'), edges: byId('stances-edges') };

  const showPanel = () => {
    const details = state.selected ? describeNode(graph, state.selected) : null;
    if (!details) {
      panel.hidden = true;
      panelBody.replaceChildren();
      return;
    }
    renderPanel(panelBody, details, (key) => choose(key, true));
    panel.hidden = false;
  };

  /** Apply a new state; `filters` when visibility changed (full re-index), else a cheap repaint. */
  const update = (next: ViewerState, change: 'filters' | 'hover' | 'selection') => {
    const selectionChanged = next.selected !== state.selected;
    state = next;
    if (change === 'hover') renderer.refresh({ skipIndexation: true, schedule: true });
    else renderer.refresh({ schedule: change === 'selection' });
    if (change !== 'hover') {
      syncLegend(legend, state);
      modeButtons.nodes.setAttribute('aria-pressed', String(state.stanceMode === 'nodes'));
      modeButtons.edges.setAttribute('aria-pressed', String(state.stanceMode === 'edges'));
      status.textContent = statusText(graph, state, layingOut);
      setUrl(state);
    }
    if (selectionChanged) showPanel();
  };

  /** A node's position in the camera's (framed) coordinates, from its graph position. */
  const framedPosition = (key: string) => renderer.viewportToFramedGraph(renderer.graphToViewport(graph.getNodeAttributes(key)));
  /**
   * Where the node should land: the middle of the part of the graph the panel leaves visible
   * (left of it on a wide screen, above it on a phone), as a pixel offset from the centre.
   */
  const panelOffset = (): { dx: number; dy: number } => {
    if (panel.hidden) return { dx: 0, dy: 0 };
    const view = container.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    if (box.left > view.left + view.width / 3) return { dx: Math.max(0, view.right - box.left) / 2, dy: 0 };
    return { dx: 0, dy: Math.max(0, view.bottom - box.top) / 2 };
  };
  const flyTo = (key: string) => {
    if (!graph.hasNode(key)) return;
    // Not getNodeDisplayData: right after a refresh it still holds unnormalised positions.
    const node = framedPosition(key);
    const camera = renderer.getCamera();
    const goal = { x: node.x, y: node.y, ratio: Math.min(camera.ratio, 0.35), angle: camera.angle };
    const { dx, dy } = panelOffset();
    const { width, height } = renderer.getDimensions();
    // Aim the camera at the point that, with the node centred, sits as far right/down as the node must move left/up.
    const aim = renderer.viewportToFramedGraph({ x: width / 2 + dx, y: height / 2 + dy }, { cameraState: goal });
    camera.animate({ ...goal, x: aim.x, y: aim.y }, { duration: 500 });
  };
  const choose = (key: string, fly: boolean) => {
    if (!graph.hasNode(key)) return;
    update(selectNode(state, key), 'selection');
    if (fly) flyTo(key);
  };

  renderer.on('enterNode', ({ node }) => update(hoverNode(graph, state, node), 'hover'));
  renderer.on('leaveNode', () => update(hoverNode(graph, state, null), 'hover'));
  renderer.on('clickNode', ({ node }) => choose(node, false));
  // In the edge mode a stance is an arrow: clicking near one opens the stance (quote, polarity,
  // source). Found geometrically rather than with sigma's edge events, whose picking pass would
  // redraw every edge on every frame.
  renderer.on('clickStage', ({ event }) => {
    if (state.stanceMode !== 'edges') return;
    const stance = findStanceEdgeAt(graph, state, (key) => renderer.graphToViewport(graph.getNodeAttributes(key)), event, 6);
    if (stance) choose(stance, false);
  });
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    choose(node, true);
  });

  renderLegend(
    { kinds: byId('legend-kinds'), polarities: byId('legend-polarities'), sources: byId('legend-sources') },
    countLegend(graph),
    listSources(graph),
    {
      onKind: (kind) => update(toggleKind(state, kind), 'filters'),
      onPolarity: (polarity) => update(togglePolarity(state, polarity), 'filters'),
      onSource: (source) => update(toggleSource(state, source), 'filters'),
    },
  );
  syncLegend(legend, state);
  modeButtons.nodes.addEventListener('click', () => update(setStanceMode(state, 'nodes'), 'filters'));
  modeButtons.edges.addEventListener('click', () => update(setStanceMode(state, 'edges'), 'filters'));
  modeButtons.nodes.setAttribute('aria-pressed', String(state.stanceMode === 'nodes'));
  modeButtons.edges.setAttribute('aria-pressed', String(state.stanceMode === 'edges'));

  const legendToggle = byId('toggle-legend');
  const showLegend = (open: boolean) => {
    legend.hidden = !open;
    legend.parentElement?.classList.toggle('legend-open', open);
    legendToggle.setAttribute('aria-expanded', String(open));
    renderer.resize();
    renderer.refresh({ skipIndexation: true, schedule: true });
  };
  legendToggle.addEventListener('click', () => showLegend(legend.hidden));
  // On a phone the legend starts closed so the graph gets the screen.
  if (window.matchMedia('(max-width: 700px)').matches) showLegend(false);
  byId('panel-close').addEventListener('click', () => update(selectNode(state, null), 'selection'));

  const camera = renderer.getCamera();
  const zoomIn = () => camera.animatedZoom({ duration: 250 });
  const zoomOut = () => camera.animatedUnzoom({ duration: 250 });
  const fit = () => camera.animatedReset({ duration: 300 });
  byId('zoom-in').addEventListener('click', zoomIn);
  byId('zoom-out').addEventListener('click', zoomOut);
  byId('zoom-fit').addEventListener('click', fit);
  byId('export-png').addEventListener('click', () => {
    void downloadAsPNG(renderer as unknown as Sigma, { fileName: 'knowledge-graph', backgroundColor: '#ffffff' });
  });

  const searchInput = byId<HTMLInputElement>('search');
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' || event.ctrlKey || event.metaKey || event.altKey) return;
    const pan = (dx: number, dy: number) => {
      const s = camera.getState();
      camera.animate({ x: s.x + dx * s.ratio, y: s.y + dy * s.ratio }, { duration: 150 });
    };
    switch (event.key) {
      case '/':
        event.preventDefault();
        searchInput.focus();
        break;
      case '+':
      case '=':
        zoomIn();
        break;
      case '-':
        zoomOut();
        break;
      case '0':
        fit();
        break;
      case 'Escape':
        update(selectNode(state, null), 'selection');
        break;
      default:
        if (target !== container) return;
        if (event.key === 'ArrowLeft') pan(-0.1, 0);
        else if (event.key === 'ArrowRight') pan(0.1, 0);
        else if (event.key === 'ArrowUp') pan(0, 0.1);
        else if (event.key === 'ArrowDown') pan(0, -0.1);
        else return;
        event.preventDefault();
    }
  });
  window.addEventListener('hashchange', () => {
    const wanted = parseUrlState(location.hash);
    if (wanted.node !== state.selected && (wanted.node === null || graph.hasNode(wanted.node))) {
      choose(wanted.node ?? '', wanted.node !== null);
      if (wanted.node === null) update(selectNode(state, null), 'selection');
    }
  });

  // The probes the tests read. They report what sigma drew, not what the state says.
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
  probe.selected = () => state.selected;
  probe.nodeOnScreen = (key) => (probe.isDrawn(key) ? renderer.graphToViewport(graph.getNodeAttributes(key)) : null);
  probe.select = (key) => (key === null ? update(selectNode(state, null), 'selection') : choose(key, true));
  probe.png = async () => {
    const blob = await toBlob(renderer as unknown as Sigma, { format: 'png', backgroundColor: '#ffffff' });
    return await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsDataURL(blob);
    });
  };
  probe.ready = true;
  status.textContent = statusText(graph, state, layingOut);
  probe.timings.uiReady = performance.now();

  // After the first frame: the search index, the panel for a linked node, then the layout. The
  // task after the first animation frame runs once that frame has been drawn, which is also
  // when the benchmark reads `firstFrame`.
  requestAnimationFrame(() => setTimeout(afterFirstFrame, 0));
  function afterFirstFrame(): void {
    probe.timings.firstFrame = performance.now();
    const index: SearchIndex = buildSearchIndex(graph);
    // One throw-away search compiles the hot loop now, not on the user's first keystroke.
    searchNodes(index, 'a', { limit: 10 });
    probe.timings.searchIndexed = performance.now();
    const accept = (key: string) => isNodeVisible(graph.getNodeAttributes(key), state);
    attachSearch(searchInput, byId<HTMLUListElement>('search-results'), index, accept, (hit) => choose(hit.key, true));
    probe.search = (query) => {
      const started = performance.now();
      const hits = searchNodes(index, query, { limit: 10, accept });
      return { hits, millis: performance.now() - started };
    };
    if (state.selected) showPanel();
    const layout = runLayout(graph, {
      pixelToGraph: () => {
        const a = renderer.viewportToGraph({ x: 0, y: 0 });
        const b = renderer.viewportToGraph({ x: 1, y: 0 });
        return Math.hypot(b.x - a.x, b.y - a.y) || 1;
      },
    });
    void layout.done.then(() => {
      layingOut = false;
      probe.layoutDone = true;
      probe.timings.layoutDone = performance.now();
      status.textContent = statusText(graph, state, false);
      if (state.selected) flyTo(state.selected);
    });
  }
}

loadGraphData()
  .then((data) => {
    probe.timings.dataLoaded = performance.now();
    const graph = createViewGraph(data);
    probe.timings.viewGraphBuilt = performance.now();
    start(graph);
  })
  .catch((error: unknown) => {
    probe.error = error instanceof Error ? error.message : String(error);
    status.textContent = `Could not load the graph: ${probe.error}`;
  });
