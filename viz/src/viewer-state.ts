/**
 * The viewer's state, kept outside the graph: filters, the stance display mode, hover and
 * selection. Every change returns a new state; the reducers read it to decide what is drawn.
 */
import type { NodeKind, Polarity } from '../../schema/enums';
import type { ViewGraph } from './view-graph';

export type StanceMode = 'nodes' | 'edges';

export interface ViewerState {
  readonly hiddenKinds: ReadonlySet<NodeKind>;
  readonly hiddenPolarities: ReadonlySet<Polarity>;
  /** Keys of Source nodes whose content is filtered out. */
  readonly hiddenSources: ReadonlySet<string>;
  readonly stanceMode: StanceMode;
  readonly hovered: string | null;
  /** The hovered node and its neighbours, or null when nothing is hovered. */
  readonly hoverNeighbours: ReadonlySet<string> | null;
  readonly selected: string | null;
}

export const DEFAULT_VIEWER_STATE: ViewerState = {
  hiddenKinds: new Set(),
  hiddenPolarities: new Set(),
  hiddenSources: new Set(),
  stanceMode: 'nodes',
  hovered: null,
  hoverNeighbours: null,
  selected: null,
};

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export const toggleKind = (state: ViewerState, kind: NodeKind): ViewerState => ({
  ...state,
  hiddenKinds: toggled(state.hiddenKinds, kind),
});

export const togglePolarity = (state: ViewerState, polarity: Polarity): ViewerState => ({
  ...state,
  hiddenPolarities: toggled(state.hiddenPolarities, polarity),
});

export const toggleSource = (state: ViewerState, source: string): ViewerState => ({
  ...state,
  hiddenSources: toggled(state.hiddenSources, source),
});

export const setStanceMode = (state: ViewerState, stanceMode: StanceMode): ViewerState => ({ ...state, stanceMode });

export const selectNode = (state: ViewerState, selected: string | null): ViewerState => ({ ...state, selected });

/** Hover a node (or nothing): remembers its neighbourhood so the reducers can grey the rest. */
export function hoverNode(graph: ViewGraph, state: ViewerState, node: string | null): ViewerState {
  if (node === null || !graph.hasNode(node)) return { ...state, hovered: null, hoverNeighbours: null };
  const neighbours = new Set(graph.neighbors(node));
  neighbours.add(node);
  return { ...state, hovered: node, hoverNeighbours: neighbours };
}
