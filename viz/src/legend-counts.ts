/** Counts for the legends: nodes per kind and stances per polarity, over the whole graph. */
import type { NodeKind, Polarity } from '../../schema/enums';
import { KIND_ORDER, POLARITY_ORDER } from './kind-style';
import type { ViewGraph } from './view-graph';

export interface LegendCounts {
  readonly kinds: Readonly<Record<NodeKind, number>>;
  readonly polarities: Readonly<Record<Polarity, number>>;
}

export function countLegend(graph: ViewGraph): LegendCounts {
  const kinds = Object.fromEntries(KIND_ORDER.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  const polarities = Object.fromEntries(POLARITY_ORDER.map((polarity) => [polarity, 0])) as Record<Polarity, number>;
  graph.forEachNode((_, attrs) => {
    kinds[attrs.kind]++;
    if (attrs.kind === 'Stance') polarities[attrs.polarity]++;
  });
  return { kinds, polarities };
}

/** Source nodes for the source filter, by title. */
export function listSources(graph: ViewGraph): { key: string; title: string }[] {
  const list: { key: string; title: string }[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'Source') list.push({ key, title: attrs.title || attrs.label });
  });
  return list.sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}
