/**
 * The archive explorer: the viewer for a graph too large to hold in the browser. It opens on the
 * server's overview (the most connected entities), searches on the server, and grows the drawn
 * graph one expansion at a time, never beyond the node budget the user sees and can change.
 * Filters (dates, publishers, chosen sources) apply on the server: a change reloads the overview
 * under the new filter and brings the selected entity back.
 */
import './overview.css';
import { NodeSquareProgram } from '@sigma/node-square';
import Sigma from 'sigma';
import { NodeCircleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ExploreInfo, ExploreNode, StanceGroupsAnswer } from '../../schema/explore-api';
import { NodeRingProgram, VIEWER_SETTINGS } from './create-renderer';
import { byId, el } from './dom';
import { KIND_STYLE, MUTED_EDGE_COLOR, MUTED_NODE_COLOR } from './kind-style';
import {
  type ExploreFilter,
  fetchNeighbourhood,
  fetchOverview,
  fetchQuotes,
  fetchSearch,
  fetchSourceCount,
  fetchSources,
  fetchStanceGroups,
  isFiltered,
  NO_FILTER,
} from './overview-api';
import { renderFilterControls } from './overview-filters';
import { addNode, addSlice, createExploreGraph, type ExploreGraph, type ExploreViewEdge, type ExploreViewNode, trimToBudget } from './overview-graph';
import { createExploreLayout } from './overview-layout';
import { type ExpandState, renderExplorePanel } from './overview-panel';
import { installExploreProbe } from './overview-probe';
import type { ViewerProbe } from './viewer-probe';

/** Neighbours brought by one click at most, so one hub does not fill the budget at once. */
export const EXPAND_PAGE = 400;
/** Neighbours brought with an entity chosen from the search or the panel, so it is not drawn alone. */
const BRING_PAGE = 20;
const MAX_HOPS = 3;
const SEARCH_DELAY_MS = 120;

type Display = Partial<ExploreViewNode> & { hidden?: boolean; highlighted?: boolean; forceLabel?: boolean };

export async function startExplorer(probe: ViewerProbe, info: ExploreInfo): Promise<void> {
  let budget = info.defaultBudget;
  let filter: ExploreFilter = NO_FILTER;
  let selected: string | null = null;
  let hovered: { key: string; neighbours: Set<string> } | null = null;
  let stances: { key: string; about: StanceGroupsAnswer | null; held: StanceGroupsAnswer | null } | null = null;
  const expansions = new Map<string, ExpandState>();
  const explore = installExploreProbe(budget, filter);
  const graph: ExploreGraph = createExploreGraph();

  const container = byId('graph');
  const panel = byId('panel');
  const panelBody = byId('panel-body');
  const status = byId('status');
  const searchInput = byId<HTMLInputElement>('search');
  const searchResults = byId<HTMLUListElement>('search-results');
  // The whole-graph controls do not apply to the explorer's graph.
  const stanceModes = byId('stances-nodes').parentElement;
  if (stanceModes) stanceModes.style.display = 'none';
  searchInput.placeholder = 'Search the whole archive… ( / )';

  const tracked = async <T>(work: Promise<T>): Promise<T> => {
    explore.pending += 1;
    try {
      return await work;
    } finally {
      explore.pending -= 1;
    }
  };
  const fail = (error: unknown) => {
    explore.error = error instanceof Error ? error.message : String(error);
    status.textContent = `The server could not answer: ${explore.error}`;
  };

  const first = await tracked(fetchOverview(filter, Math.min(info.overviewSize, budget)));
  probe.timings.dataLoaded = performance.now();
  addSlice(graph, first, budget);
  probe.timings.viewGraphBuilt = performance.now();

  const renderer = new Sigma<ExploreViewNode, ExploreViewEdge>(graph, container, {
    ...(VIEWER_SETTINGS as Partial<Settings<ExploreViewNode, ExploreViewEdge>>),
    nodeProgramClasses: { circle: NodeCircleProgram, square: NodeSquareProgram, ring: NodeRingProgram },
    nodeReducer: (key, data) => {
      const display = data as Display;
      if (hovered && key !== hovered.key && !hovered.neighbours.has(key)) {
        display.color = MUTED_NODE_COLOR;
        display.label = '';
      }
      if (key === selected || key === hovered?.key) {
        display.highlighted = key === selected;
        display.forceLabel = true;
      }
      return display as ExploreViewNode;
    },
    edgeReducer: (edge, data) => {
      if (hovered && graph.source(edge) !== hovered.key && graph.target(edge) !== hovered.key) data.color = MUTED_EDGE_COLOR;
      return data;
    },
  });
  probe.timings.rendererCreated = performance.now();
  const layout = createExploreLayout(graph);
  let overviewNote = 'overview';

  const controls = renderFilterControls(byId('legend'), info, budget, {
    onFilter: (next) => void changeFilter(next),
    onBudget: (next) => changeBudget(next),
    onOverview: () => void reloadOverview(false),
    searchSources: (current, text) => fetchSources(current, text),
  });

  const updated = () => {
    explore.order = graph.order;
    explore.size = graph.size;
    explore.budget = budget;
    explore.filter = filter;
    probe.order = graph.order;
    probe.size = graph.size;
    controls.showCount(graph.order, budget, overviewNote);
    status.textContent = `Archive of ${info.entities.toLocaleString('en')} entities and ${info.sources.toLocaleString('en')} sources: ${graph.order.toLocaleString('en')} drawn (${overviewNote})${isFiltered(filter) ? ', filtered' : ''}`;
    renderer.refresh();
    explore.changes += 1;
  };
  const relayout = () => {
    void layout.run().then(() => {
      probe.layoutDone = true;
      probe.timings.layoutDone ??= performance.now();
    });
  };

  const showPanel = () => {
    if (!selected || !graph.hasNode(selected)) {
      panel.hidden = true;
      panelBody.replaceChildren();
      return;
    }
    const attrs = graph.getNodeAttributes(selected);
    const node: ExploreNode = { key: selected, label: attrs.label, kind: attrs.kind, mentions: attrs.mentions, degree: attrs.degree };
    const state = expansions.get(selected) ?? { hops: 1, offset: 0, remaining: null };
    const groups = stances?.key === selected ? stances : { about: null, held: null };
    renderExplorePanel(
      panelBody,
      node,
      { expand: state, room: budget - graph.order, about: groups.about, held: groups.held },
      {
        select: (key) => void choose(key),
        expand: (key) => void expand(key),
        quotes: (side, other) => tracked(fetchQuotes(filter, node.key, side, other)),
      },
    );
    panel.hidden = false;
  };
  const loadStances = async (key: string) => {
    stances = { key, about: null, held: null };
    try {
      const [about, held] = await tracked(Promise.all([fetchStanceGroups(filter, key, 'about'), fetchStanceGroups(filter, key, 'held')]));
      if (selected !== key) return;
      stances = { key, about, held };
      showPanel();
    } catch (error) {
      fail(error);
    }
  };
  const select = (key: string | null) => {
    selected = key !== null && graph.hasNode(key) ? key : null;
    renderer.refresh({ skipIndexation: true });
    showPanel();
    if (selected) void loadStances(selected);
  };
  const flyTo = (key: string) => {
    if (!graph.hasNode(key)) return;
    const position = renderer.viewportToFramedGraph(renderer.graphToViewport(graph.getNodeAttributes(key)));
    renderer.getCamera().animate({ ...position, ratio: Math.min(renderer.getCamera().ratio, 0.5) }, { duration: 400 });
  };

  /** One step out from `key`: the next page of its ranked neighbours, one hop further once a hop is used up. */
  async function expand(key: string, page = EXPAND_PAGE): Promise<void> {
    const state = expansions.get(key) ?? { hops: 1, offset: 0, remaining: null };
    if (state.remaining === 0) {
      if (state.hops >= MAX_HOPS) return;
      state.hops += 1;
      state.remaining = null;
    }
    const room = budget - graph.order;
    if (room <= 0) {
      status.textContent = `The budget of ${budget.toLocaleString('en')} nodes is full: raise it, or go back to the overview`;
      return;
    }
    const started = performance.now();
    try {
      const answer = await tracked(fetchNeighbourhood(filter, key, { hops: state.hops, offset: state.offset, limit: Math.min(room, page) }));
      const requestMillis = performance.now() - started;
      layout.stop();
      addNode(graph, answer.node, budget);
      addSlice(graph, answer, budget, key);
      state.offset += answer.nodes.length;
      state.remaining = answer.remaining;
      expansions.set(key, state);
      overviewNote = `expanded ${graph.getNodeAttribute(key, 'label')}, hop ${state.hops}`;
      updated();
      showPanel();
      relayout();
      explore.lastExpand = { totalMillis: performance.now() - started, requestMillis };
    } catch (error) {
      fail(error);
    }
  }

  /** Select an entity, bringing it (and a few neighbours) first when it is not drawn yet. */
  async function choose(key: string): Promise<void> {
    if (!graph.hasNode(key)) await expand(key, BRING_PAGE);
    if (!graph.hasNode(key)) return;
    select(key);
    flyTo(key);
  }

  async function reloadOverview(keepSelection: boolean): Promise<void> {
    const keep = keepSelection ? selected : null;
    try {
      const answer = await tracked(fetchOverview(filter, Math.min(info.overviewSize, budget)));
      layout.stop();
      graph.clear();
      expansions.clear();
      stances = null;
      addSlice(graph, answer, budget);
      overviewNote = 'overview';
      updated();
      relayout();
      if (keep) await choose(keep);
      else select(null);
    } catch (error) {
      fail(error);
    }
  }

  async function changeFilter(next: ExploreFilter): Promise<void> {
    filter = next;
    void tracked(fetchSourceCount(filter)).then((total) => controls.showMatching(total), fail);
    await reloadOverview(true);
  }

  function changeBudget(next: number): void {
    // The input also fires 'change' when it loses focus: an unchanged budget must not redraw the panel.
    if (next === budget) return;
    budget = next;
    const dropped = trimToBudget(graph, budget, new Set(selected ? [selected] : []));
    if (dropped > 0) overviewNote = `${dropped} dropped to fit the budget`;
    updated();
    showPanel();
  }

  // The search box asks the server; the newest answer wins.
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let searchRound = 0;
  let hits: ExploreNode[] = [];
  const closeSearch = () => {
    searchResults.hidden = true;
    searchInput.setAttribute('aria-expanded', 'false');
  };
  const pickHit = (hit: ExploreNode | undefined) => {
    if (!hit) return;
    searchInput.value = hit.label;
    closeSearch();
    void choose(hit.key);
  };
  const runSearch = async () => {
    const text = searchInput.value.trim();
    const round = ++searchRound;
    if (!text) {
      hits = [];
      closeSearch();
      return;
    }
    try {
      const answer = await tracked(fetchSearch(filter, text));
      if (round !== searchRound) return;
      hits = answer.hits;
      searchResults.replaceChildren(
        ...answer.hits.map((hit, i) => {
          const item = el('li', { attrs: { id: `search-hit-${i}`, role: 'option', 'aria-selected': 'false', 'data-key': hit.key } }, [
            el('span', { text: hit.label }),
            hit.alias ? el('span', { className: 'hit-alias', text: `(${hit.alias})` }) : null,
            el('span', { className: 'hit-kind', text: `${KIND_STYLE[hit.kind].legend.replace(/s$/, '')} · ${hit.degree}` }),
          ]);
          item.addEventListener('pointerdown', (event) => {
            event.preventDefault();
            pickHit(hit);
          });
          return item;
        }),
      );
      searchResults.hidden = answer.hits.length === 0;
      searchInput.setAttribute('aria-expanded', String(answer.hits.length > 0));
    } catch (error) {
      fail(error);
    }
  };
  searchInput.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void runSearch(), SEARCH_DELAY_MS);
  });
  searchInput.addEventListener('blur', closeSearch);
  searchInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      pickHit(hits[0]);
    } else if (event.key === 'Escape') closeSearch();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT') return;
    if (event.key === '/') {
      event.preventDefault();
      searchInput.focus();
    } else if (event.key === 'Escape') select(null);
  });
  byId('panel-close').addEventListener('click', () => select(null));
  byId('zoom-in').addEventListener('click', () => renderer.getCamera().animatedZoom({ duration: 250 }));
  byId('zoom-out').addEventListener('click', () => renderer.getCamera().animatedUnzoom({ duration: 250 }));
  byId('zoom-fit').addEventListener('click', () => renderer.getCamera().animatedReset({ duration: 300 }));
  const legend = byId('legend');
  byId('toggle-legend').addEventListener('click', () => {
    legend.hidden = !legend.hidden;
    legend.parentElement?.classList.toggle('legend-open', !legend.hidden);
    renderer.resize();
  });

  renderer.on('clickNode', ({ node }) => select(node));
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    void expand(node);
  });
  renderer.on('enterNode', ({ node }) => {
    hovered = { key: node, neighbours: new Set(graph.neighbors(node)) };
    renderer.refresh({ skipIndexation: true, schedule: true });
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    renderer.refresh({ skipIndexation: true, schedule: true });
  });

  probe.isDrawn = (key) => {
    const data = renderer.getNodeDisplayData(key);
    return Boolean(data && !data.hidden);
  };
  probe.renderedNodes = () => graph.filterNodes((key) => probe.isDrawn(key)).length;
  probe.drawnColor = (key) => renderer.getNodeDisplayData(key)?.color ?? null;
  probe.selected = () => selected;
  probe.select = (key) => (key === null ? select(null) : void choose(key));
  probe.nodeOnScreen = (key) => (probe.isDrawn(key) ? renderer.graphToViewport(graph.getNodeAttributes(key)) : null);
  updated();
  probe.ready = true;
  probe.timings.uiReady = performance.now();
  void fetchSourceCount(filter).then((total) => controls.showMatching(total), fail);
  requestAnimationFrame(() =>
    setTimeout(() => {
      probe.timings.firstFrame = performance.now();
      relayout();
    }, 0),
  );
}
