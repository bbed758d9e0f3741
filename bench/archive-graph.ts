/**
 * A generated graph.json graph of archive size for the explorer's tests and benchmark: the
 * viewer benchmark's generator (entities, sources, stances, mentions, relations with evidence)
 * with sources spread over publishers and over the days of a few years, so the publisher and
 * date filters have something to choose between. Deterministic for a given size and seed.
 */
import type { SerializedGraph } from '../schema/graph-json';
import { generateGraph } from './viewer.bench';

export const ARCHIVE_PUBLISHERS = ['Steppe Courier', 'Ferghana Review', 'Caspian Wire', 'Pamir Weekly'] as const;
export const ARCHIVE_FIRST_YEAR = 2019;
export const ARCHIVE_YEARS = 5;

export function generateArchiveGraph(nodeCount: number, edgeCount: number, seed = 7): SerializedGraph {
  const graph = generateGraph(nodeCount, edgeCount, seed);
  let at = 0;
  for (const node of graph.nodes) {
    if (node.attributes.kind !== 'Source') continue;
    const day = (at * 37) % (ARCHIVE_YEARS * 360);
    const year = ARCHIVE_FIRST_YEAR + Math.floor(day / 360);
    const month = 1 + Math.floor((day % 360) / 30);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`;
    node.attributes.publisher = ARCHIVE_PUBLISHERS[at % ARCHIVE_PUBLISHERS.length]!;
    node.attributes.date = date;
    at += 1;
  }
  return graph;
}
