/** The status line under the graph: how many nodes are shown, and whether the layout still runs. */
import { isNodeVisible } from './filters';
import type { ViewGraph } from './view-graph';
import type { ViewerState } from './viewer-state';

export function statusText(graph: ViewGraph, state: ViewerState, layingOut: boolean): string {
  if (graph.order === 0) return 'The graph is empty: import sources with "kg import" and reload.';
  let visible = 0;
  graph.forEachNode((_, attrs) => {
    if (isNodeVisible(attrs, state)) visible++;
  });
  const total = graph.order.toLocaleString('en');
  const shown = visible === graph.order ? `${total} nodes` : `${visible.toLocaleString('en')} of ${total} nodes`;
  return layingOut ? `${shown} · laying out…` : shown;
}
