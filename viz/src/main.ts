/**
 * The viewer's entry point: loads the graph, draws it at once, then lays it out, and wires the
 * controls to the state. Order matters for the first frame: only what the first draw needs runs
 * before it; the search index and the layout come after.
 */
import './style.css';
import type { SerializedGraph } from '../../schema/graph-json';
import { flyToNode, panelOffset } from './camera-focus';
import { createRenderer, type ViewerRenderer } from './create-renderer';
import { byId } from './dom';
import { findStanceEdgeAt } from './edge-hit';
import { isNodeVisible } from './filters';
import { runLayout } from './layout-runner';
import { countLegend, listSources } from './legend-counts';
import { renderLegend, renderSourceLegend, syncLegend } from './legend-view';
import { loadGraphData } from './load-graph';
import { describeNode } from './node-details';
import { startExplorer } from './overview-main';
import { chooseExplorer } from './overview-mode';
import { renderPanel } from './panel-view';
import { attachReview } from './review-mode';
import { buildSearchIndex, searchNodes, type SearchIndex } from './search-index';
import { attachSearch } from './search-view';
import { statusText } from './status-text';
import { formatUrlState, parseUrlState } from './url-state';
import { createViewGraph, type ViewGraph } from './view-graph';
import { attachViewControls } from './view-controls';
import { installProbe, wireProbe } from './viewer-probe';
import { DEFAULT_VIEWER_STATE, hoverNode, selectNode, setStanceMode, toggleKind, togglePolarity, toggleSource, type ViewerState } from './viewer-state';

const probe = installProbe();
const status = byId('status');

/** Keep the shareable part of the state in the address without adding history entries. */
function writeUrl(state: ViewerState): void {
  const hash = formatUrlState({ node: state.selected, stanceMode: state.stanceMode, hiddenKinds: [...state.hiddenKinds] });
  if (hash === location.hash) return;
  try {
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  } catch {
    // Pages opened from disk may refuse replaceState; a fragment-only replace never reloads.
    location.replace(hash || '#');
  }
}

function start(graph: ViewGraph, data: SerializedGraph): void {
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

  const review = attachReview(data);
  const panel = byId('panel');
  const panelBody = byId('panel-body');
  const legend = byId('legend');
  const searchInput = byId<HTMLInputElement>('search');
  const modeButtons = { nodes: byId('stances-nodes'), edges: byId('stances-edges') };
  const syncControls = () => {
    syncLegend(legend, state);
    modeButtons.nodes.setAttribute('aria-pressed', String(state.stanceMode === 'nodes'));
    modeButtons.edges.setAttribute('aria-pressed', String(state.stanceMode === 'edges'));
    status.textContent = statusText(graph, state, layingOut);
  };

  const showPanel = () => {
    const details = state.selected ? describeNode(graph, state.selected) : null;
    if (!details) {
      panel.hidden = true;
      panelBody.replaceChildren();
      return;
    }
    renderPanel(panelBody, details, (key) => choose(key, true));
    review?.decoratePanel(panelBody, state.selected);
    panel.hidden = false;
  };

  /** Apply a new state: `filters` re-indexes (visibility changed), `hover` only repaints. */
  const update = (next: ViewerState, change: 'filters' | 'hover' | 'selection') => {
    const selectionChanged = next.selected !== state.selected;
    state = next;
    if (change === 'hover') renderer.refresh({ skipIndexation: true, schedule: true });
    else renderer.refresh({ schedule: change === 'selection' });
    if (change !== 'hover') {
      syncControls();
      writeUrl(state);
    }
    if (selectionChanged) showPanel();
  };
  const flyTo = (key: string) => flyToNode(renderer, graph, key, panelOffset(container, panel));
  const choose = (key: string | null, fly: boolean) => {
    if (key !== null && !graph.hasNode(key)) return;
    update(selectNode(state, key), 'selection');
    if (key !== null && fly) flyTo(key);
  };

  renderer.on('enterNode', ({ node }) => update(hoverNode(graph, state, node), 'hover'));
  renderer.on('leaveNode', () => update(hoverNode(graph, state, null), 'hover'));
  renderer.on('clickNode', ({ node }) => choose(node, false));
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    choose(node, true);
  });
  // In the edge mode a stance is an arrow: clicking near one opens the stance (quote, polarity,
  // source). Found geometrically rather than with sigma's edge events, whose picking pass would
  // redraw every edge on every frame.
  renderer.on('clickStage', ({ event }) => {
    if (state.stanceMode !== 'edges') return;
    const stance = findStanceEdgeAt(graph, state, (key) => renderer.graphToViewport(graph.getNodeAttributes(key)), event, 6);
    if (stance) choose(stance, false);
  });

  renderLegend({ kinds: byId('legend-kinds'), polarities: byId('legend-polarities') }, countLegend(graph), {
    onKind: (kind) => update(toggleKind(state, kind), 'filters'),
    onPolarity: (polarity) => update(togglePolarity(state, polarity), 'filters'),
  });
  modeButtons.nodes.addEventListener('click', () => update(setStanceMode(state, 'nodes'), 'filters'));
  modeButtons.edges.addEventListener('click', () => update(setStanceMode(state, 'edges'), 'filters'));

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
  byId('panel-close').addEventListener('click', () => choose(null, false));
  attachViewControls(renderer, { container, search: searchInput }, () => choose(null, false));
  window.addEventListener('hashchange', () => {
    const wanted = parseUrlState(location.hash).node;
    if (wanted !== state.selected) choose(wanted, true);
  });

  wireProbe(probe, graph, renderer, { selected: () => state.selected, select: (key) => choose(key, key !== null) });
  syncControls();
  probe.ready = true;
  probe.timings.uiReady = performance.now();

  // After the first frame: the search index, the panel for a linked node, then the layout. The
  // task after the first animation frame runs once that frame has been drawn, which is also
  // when the benchmark reads `firstFrame`.
  requestAnimationFrame(() => setTimeout(afterFirstFrame, 0));
  function afterFirstFrame(): void {
    probe.timings.firstFrame = performance.now();
    renderSourceLegend(byId('legend-sources'), listSources(graph), (source) => update(toggleSource(state, source), 'filters'));
    syncLegend(legend, state);
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

// An archive-sized graph opens in the explorer (overview-main.ts) and is never loaded whole.
chooseExplorer()
  .then((info) =>
    info
      ? startExplorer(probe, info)
      : loadGraphData().then((data) => {
          probe.timings.dataLoaded = performance.now();
          const graph = createViewGraph(data);
          probe.timings.viewGraphBuilt = performance.now();
          start(graph, data);
        }),
  )
  .catch((error: unknown) => {
    probe.error = error instanceof Error ? error.message : String(error);
    status.textContent = `Could not load the graph: ${probe.error}`;
  });
