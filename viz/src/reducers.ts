/**
 * Sigma's node and edge reducers: they derive what is drawn from the view graph and the current
 * viewer state (filters hide, hover greys everything outside the neighbourhood, the selection is
 * highlighted). The state is read through a getter, so a state change plus `sigma.refresh()` is
 * all an interaction needs.
 */
import { MUTED_EDGE_COLOR, MUTED_NODE_COLOR } from './kind-style';
import { isEdgeVisible, isNodeVisible } from './filters';
import type { ViewEdge, ViewGraph, ViewNode } from './view-graph';
import type { ViewerState } from './viewer-state';

/** The subset of sigma's display data the reducers set (kept here so this module needs no sigma import). */
export type NodeDisplay = Partial<ViewNode> & {
  hidden?: boolean;
  highlighted?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
  label?: string;
  color?: string;
};
export interface EdgeDisplay extends Partial<ViewEdge> {
  hidden?: boolean;
  zIndex?: number;
}

export function createNodeReducer(graph: ViewGraph, getState: () => ViewerState) {
  void graph;
  return (node: string, data: ViewNode): NodeDisplay => {
    const state = getState();
    if (!isNodeVisible(data, state)) return { ...data, hidden: true };
    const display: NodeDisplay = { ...data, hidden: false, zIndex: 1 };
    if (state.hoverNeighbours) {
      if (state.hoverNeighbours.has(node)) {
        display.zIndex = 2;
        if (node === state.hovered) display.forceLabel = true;
      } else {
        display.color = MUTED_NODE_COLOR;
        display.label = '';
        display.zIndex = 0;
      }
    }
    if (node === state.selected) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 3;
    }
    return display;
  };
}

export function createEdgeReducer(graph: ViewGraph, getState: () => ViewerState) {
  return (edge: string, data: ViewEdge): EdgeDisplay => {
    const state = getState();
    if (!isEdgeVisible(graph, edge, data, state)) return { ...data, hidden: true };
    const display: EdgeDisplay = { ...data, hidden: false, zIndex: 1 };
    if (state.hovered !== null) {
      const touches = graph.source(edge) === state.hovered || graph.target(edge) === state.hovered;
      if (touches) display.zIndex = 2;
      else {
        display.color = MUTED_EDGE_COLOR;
        display.zIndex = 0;
      }
    }
    return display;
  };
}
