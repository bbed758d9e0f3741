/**
 * Which nodes and edges pass the user's filters (kind, polarity, source document, stance mode).
 * Pure predicates over the view graph's attributes, shared by the reducers, the counters and tests.
 */
import type { ViewEdge, ViewGraph, ViewNode } from './view-graph';
import type { ViewerState } from './viewer-state';

/** A list of sources passes unless it is non-empty and every one of them is hidden. */
function sourcesPass(sources: readonly string[], hidden: ReadonlySet<string>): boolean {
  if (hidden.size === 0 || sources.length === 0) return true;
  return sources.some((source) => !hidden.has(source));
}

export function isNodeVisible(node: ViewNode, state: ViewerState): boolean {
  if (state.hiddenKinds.has(node.kind)) return false;
  if (node.kind === 'Stance') {
    if (state.stanceMode === 'edges' || state.hiddenPolarities.has(node.polarity)) return false;
  }
  return sourcesPass(node.sources, state.hiddenSources);
}

/** True when no kind, polarity or source is filtered out (the state every graph opens in). */
export function hasNoFilters(state: ViewerState): boolean {
  return state.hiddenKinds.size === 0 && state.hiddenPolarities.size === 0 && state.hiddenSources.size === 0;
}

/** An edge is drawn when it passes its own filters and both its ends are drawn. */
export function isEdgeVisible(graph: ViewGraph, edge: string, attrs: ViewEdge, state: ViewerState): boolean {
  // Fast path for the unfiltered stance-node view, which is what the first frame draws:
  // every stored edge is shown, no derived one; no need to look at the ends.
  if (state.stanceMode === 'nodes' && hasNoFilters(state)) return attrs.rel !== 'STANCE';
  if (attrs.rel === 'STANCE') {
    if (state.stanceMode !== 'edges' || state.hiddenKinds.has('Stance')) return false;
    if (attrs.polarity && state.hiddenPolarities.has(attrs.polarity)) return false;
  }
  if (!sourcesPass(attrs.sources, state.hiddenSources)) return false;
  return isNodeVisible(graph.getNodeAttributes(graph.source(edge)), state) && isNodeVisible(graph.getNodeAttributes(graph.target(edge)), state);
}

/** How many nodes the current filters let through. */
export function countVisibleNodes(graph: ViewGraph, state: ViewerState): number {
  let count = 0;
  graph.forEachNode((_, attrs) => {
    if (isNodeVisible(attrs, state)) count++;
  });
  return count;
}
