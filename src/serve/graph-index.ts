/**
 * An index over one graph.json graph for exploring an archive, built once per graph object (the
 * server keeps it as long as the source hands back the same graph): entities, sources and
 * stances by number, and entity-to-entity "links" with their adjacency, where all stances of one
 * holder about one target are folded into one link. Every query in explore-queries.ts then costs
 * the size of what it touches (one entity's links, the matching sources), not the archive.
 *
 * Pure: graph data in, index out; the same graph always gives the same index.
 */
import type { EntityKind, Polarity, RelationType } from '../../schema/enums';
import type { NodeAttributes, RelationEdgeAttributes, SerializedGraph } from '../../schema/graph-json';

export interface IndexedEntity {
  key: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  wikidata?: string;
  /** Label then aliases, folded for search (lower case, no diacritics). */
  names: string[];
}

export interface IndexedSource {
  key: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  /** Title and publisher, folded for search. */
  text: string;
}

export interface IndexedStance {
  key: string;
  holder: number;
  target: number;
  polarity: Polarity;
  code: string;
  quote: string;
  confidence: number;
  /** Index of its source, or -1 when the source is not in the graph. */
  source: number;
}

/** One edge of the explorer's entity graph: a relation, or every stance of one holder about one target. */
export interface Link {
  key: string;
  /** Entity indices: the relation's ends, or holder and target. */
  a: number;
  b: number;
  rel: RelationType | 'STANCE';
  /** For relations: the sources that support it (indices). */
  sources: number[];
  /** For 'STANCE': the stances (indices), in graph order. */
  stances: number[];
}

export interface GraphIndex {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly entities: IndexedEntity[];
  readonly sources: IndexedSource[];
  readonly stances: IndexedStance[];
  readonly links: Link[];
  /** Per entity, the links that touch it. */
  readonly adjacency: number[][];
  /** Per entity, the sources it has any fact from (mentions, stances, relations), sorted. */
  readonly entitySources: number[][];
  readonly entityByKey: ReadonlyMap<string, number>;
  readonly sourceByKey: ReadonlyMap<string, number>;
  /** Per entity, the weighted degree over every source (stances one each, relations one). */
  readonly degree: number[];
  /** Entity indices, most connected first (degree, then mentions, then graph order): the unfiltered overview. */
  readonly ranking: Int32Array;
  /** Per entity, its position in `ranking`: the tie-break every other ordering uses. */
  readonly rankOf: Int32Array;
}

/** Lower case without diacritics, so "Almaty", "ALMATY" and "Almatý" meet. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Relation evidence may name the bare document id; the Source node key is `source:<id>`. */
function sourceIndexOf(byKey: Map<string, number>, reference: string): number {
  return byKey.get(reference) ?? byKey.get(`source:${reference}`) ?? -1;
}

function addSorted(list: number[], value: number): void {
  if (value < 0) return;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  if (list[low] !== value) list.splice(low, 0, value);
}

/**
 * @example const index = buildGraphIndex(await source.loadGraph()); index.entities.length
 */
export function buildGraphIndex(graph: SerializedGraph): GraphIndex {
  const entities: IndexedEntity[] = [];
  const sources: IndexedSource[] = [];
  const entityByKey = new Map<string, number>();
  const sourceByKey = new Map<string, number>();
  for (const node of graph.nodes) {
    // The inferred zod union lists only stances and sources; the declared type has every kind.
    const key = node.key;
    const attributes = node.attributes as NodeAttributes;
    if (attributes.kind === 'Source') {
      sourceByKey.set(key, sources.length);
      sources.push({
        key,
        title: attributes.title || attributes.label,
        publisher: attributes.publisher,
        date: attributes.date,
        url: attributes.url,
        text: foldText(`${attributes.title || attributes.label} ${attributes.publisher ?? ''}`),
      });
    } else if (attributes.kind !== 'Stance' && attributes.kind !== 'ReportedEvent') {
      entityByKey.set(key, entities.length);
      entities.push({
        key,
        label: attributes.label,
        kind: attributes.kind,
        aliases: attributes.aliases,
        mentions: attributes.mentions,
        ...(attributes.wikidata ? { wikidata: attributes.wikidata } : {}),
        names: [attributes.label, ...attributes.aliases].map(foldText),
      });
    }
  }
  const adjacency: number[][] = entities.map(() => []);
  const entitySources: number[][] = entities.map(() => []);
  const links: Link[] = [];
  const stances: IndexedStance[] = [];
  const pairLinks = new Map<string, number>();
  const addLink = (link: Link): number => {
    const at = links.length;
    links.push(link);
    adjacency[link.a]!.push(at);
    if (link.b !== link.a) adjacency[link.b]!.push(at);
    return at;
  };
  for (const { key, attributes } of graph.nodes) {
    if (attributes.kind !== 'Stance') continue;
    const holder = entityByKey.get(attributes.holder);
    const target = entityByKey.get(attributes.target);
    if (holder === undefined || target === undefined) continue;
    const source = sourceByKey.get(attributes.source) ?? -1;
    const at = stances.length;
    stances.push({ key, holder, target, polarity: attributes.polarity, code: attributes.code, quote: attributes.quote, confidence: attributes.confidence, source });
    addSorted(entitySources[holder]!, source);
    addSorted(entitySources[target]!, source);
    const pair = `${holder}>${target}`;
    const existing = pairLinks.get(pair);
    if (existing !== undefined) links[existing]!.stances.push(at);
    else pairLinks.set(pair, addLink({ key: `stances:${attributes.holder}->${attributes.target}`, a: holder, b: target, rel: 'STANCE', sources: [], stances: [at] }));
  }
  for (const edge of graph.edges) {
    const attrs = edge.attributes;
    if (attrs.type === 'MENTIONED_IN') {
      const entity = entityByKey.get(edge.source);
      if (entity !== undefined) addSorted(entitySources[entity]!, sourceByKey.get(edge.target) ?? -1);
      continue;
    }
    if (attrs.type === 'HOLDS' || attrs.type === 'ABOUT' || attrs.type === 'STATED_IN') continue;
    const a = entityByKey.get(edge.source);
    const b = entityByKey.get(edge.target);
    if (a === undefined || b === undefined) continue;
    const relation = attrs as RelationEdgeAttributes;
    const linkSources: number[] = [];
    for (const evidence of relation.evidence) addSorted(linkSources, sourceIndexOf(sourceByKey, evidence.source));
    for (const reference of relation.sources) addSorted(linkSources, sourceIndexOf(sourceByKey, reference));
    for (const source of linkSources) {
      addSorted(entitySources[a]!, source);
      addSorted(entitySources[b]!, source);
    }
    addLink({ key: edge.key, a, b, rel: relation.type, sources: linkSources, stances: [] });
  }
  const degree = entities.map(() => 0);
  for (const link of links) {
    if (link.a === link.b) continue;
    const weight = link.rel === 'STANCE' ? link.stances.length : 1;
    degree[link.a]! += weight;
    degree[link.b]! += weight;
  }
  // Typed arrays and a numeric comparator: this sort runs over every entity of the archive.
  const ranking = Int32Array.from(entities.keys()).sort((x, y) => degree[y]! - degree[x]! || entities[y]!.mentions - entities[x]!.mentions || x - y);
  const rankOf = new Int32Array(entities.length);
  ranking.forEach((entity, position) => {
    rankOf[entity] = position;
  });
  return {
    ranking,
    rankOf,
    nodeCount: graph.nodes.length,
    edgeCount: graph.edges.length,
    entities,
    sources,
    stances,
    links,
    adjacency,
    entitySources,
    entityByKey,
    sourceByKey,
    degree,
  };
}
