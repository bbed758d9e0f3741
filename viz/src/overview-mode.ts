/**
 * Which viewer to start: the whole graph (today's viewer) or the archive explorer. The explorer
 * when the server says the graph is archive-sized (`/api/explore/info`), or when the address
 * asks for it with `?view=explore`; `?view=full` forces the whole graph. A page exported with
 * its graph inlined, or a server without the explorer, always gets the whole graph.
 */
import type { ExploreInfo } from '../../schema/explore-api';
import { INLINE_GRAPH_ID } from './load-graph';
import { fetchInfo } from './overview-api';

export async function chooseExplorer(): Promise<ExploreInfo | null> {
  if (document.getElementById(INLINE_GRAPH_ID)?.textContent) return null;
  const wanted = new URLSearchParams(location.search).get('view');
  if (wanted === 'full') return null;
  try {
    const info = await fetchInfo();
    return info.archive || wanted === 'explore' ? info : null;
  } catch {
    // The whole-graph loader reports what is wrong with the server in its own words.
    return null;
  }
}
