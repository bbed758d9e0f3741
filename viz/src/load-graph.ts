/**
 * Where the viewer gets its data: a graph inlined in the page (the static export that opens from
 * disk) or the server's read-only API. Both carry graph.json (graphology's `export()`).
 */
import type { SerializedGraph } from '../../schema/graph-json';

/** The id of the `<script type="application/json">` element the exporter inlines the graph in. */
export const INLINE_GRAPH_ID = 'kg-data';

export async function loadGraphData(): Promise<SerializedGraph> {
  const inline = document.getElementById(INLINE_GRAPH_ID);
  if (inline?.textContent) return JSON.parse(inline.textContent) as SerializedGraph;
  const response = await fetch('api/graph', { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `the server answered ${response.status} for api/graph`);
  }
  return (await response.json()) as SerializedGraph;
}
