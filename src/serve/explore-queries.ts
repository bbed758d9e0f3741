/**
 * The archive explorer's queries over a GraphIndex: overview, search, one entity's
 * neighbourhood within a node budget, its stances grouped by holder (or target) and each
 * group's quotes, and the source list. Pure (index and validated query in, answer out), so the
 * tests run them on generated graphs without a server.
 *
 * The source filter decides which facts count: a stance counts when its source passes, a
 * relation when one of its sources does, an entity when any of its facts does. Without a filter
 * every fact counts.
 */
import {
  ARCHIVE_NODE_THRESHOLD,
  DEFAULT_NODE_BUDGET,
  DEFAULT_OVERVIEW_SIZE,
  type ExploreEdge,
  type ExploreInfo,
  type ExploreNode,
  MAX_NODE_BUDGET,
  NEIGHBOUR_EDGES_PER_NODE,
  type NeighbourhoodAnswer,
  type NeighbourhoodQuery,
  type OverviewAnswer,
  type OverviewQuery,
  type PolarityCounts,
  type QuotesAnswer,
  type QuotesQuery,
  type SearchAnswer,
  type SearchQuery,
  type SourceFilter,
  type SourceSummary,
  type SourcesAnswer,
  type SourcesQuery,
  type StanceGroupsAnswer,
  type StanceGroupsQuery,
} from '../../schema/explore-api';
import { KgError } from '../errors/kg-error';
import { foldText, type GraphIndex, type Link } from './graph-index';

/** Which sources pass, by index; null when every source does (no filter set). */
export type SourceMask = Uint8Array | null;

/** The last day of a period given as YYYY or YYYY-MM, so `to=2024` includes 2024-12-31. */
const endOf = (day: string) => (day.length === 4 ? `${day}-12-31` : day.length === 7 ? `${day}-31` : day);

export function sourceMask(index: GraphIndex, filter: SourceFilter): SourceMask {
  const { from, to, publisher, source } = filter;
  if (!from && !to && publisher.length === 0 && source.length === 0) return null;
  const publishers = new Set(publisher);
  const keys = new Set(source);
  const last = to ? endOf(to) : null;
  const mask = new Uint8Array(index.sources.length);
  index.sources.forEach((candidate, at) => {
    if (publishers.size > 0 && (candidate.publisher === null || !publishers.has(candidate.publisher))) return;
    if (keys.size > 0 && !keys.has(candidate.key)) return;
    if (from || last) {
      // An undated source cannot be placed in a date range, so a range leaves it out.
      const date = candidate.date?.slice(0, 10);
      if (!date || (from && date < from) || (last && date > last)) return;
    }
    mask[at] = 1;
  });
  return mask;
}

const passes = (mask: SourceMask, source: number) => mask === null || (source >= 0 && mask[source] === 1);

function entityPasses(index: GraphIndex, mask: SourceMask, entity: number): boolean {
  if (mask === null) return true;
  for (const source of index.entitySources[entity]!) if (mask[source] === 1) return true;
  return false;
}

/** The stances of a 'STANCE' link that pass the filter (all of them without one). */
function linkStances(index: GraphIndex, link: Link, mask: SourceMask): number[] {
  return mask === null ? link.stances : link.stances.filter((stance) => passes(mask, index.stances[stance]!.source));
}

/** How much a link counts under the filter: its stances, or 1 for a relation with a passing source. */
export function linkWeight(index: GraphIndex, link: Link, mask: SourceMask): number {
  if (link.rel === 'STANCE') return mask === null ? link.stances.length : linkStances(index, link, mask).length;
  if (mask === null) return 1;
  for (const source of link.sources) if (mask[source] === 1) return 1;
  return 0;
}

function polarityCounts(index: GraphIndex, stances: readonly number[]): PolarityCounts {
  const counts: PolarityCounts = { support: 0, oppose: 0, mixed: 0, neutral: 0 };
  for (const stance of stances) counts[index.stances[stance]!.polarity] += 1;
  return counts;
}

function degreeOf(index: GraphIndex, entity: number, mask: SourceMask): number {
  if (mask === null) return index.degree[entity]!;
  let degree = 0;
  for (const at of index.adjacency[entity]!) {
    const link = index.links[at]!;
    if (link.a !== link.b) degree += linkWeight(index, link, mask);
  }
  return degree;
}

function exploreNode(index: GraphIndex, entity: number, degree: number): ExploreNode {
  const { key, label, kind, mentions, wikidata } = index.entities[entity]!;
  return { key, label, kind, mentions, degree, ...(wikidata ? { wikidata } : {}) };
}

function exploreEdge(index: GraphIndex, link: Link, mask: SourceMask): ExploreEdge | null {
  if (link.a === link.b) return null;
  const source = index.entities[link.a]!.key;
  const target = index.entities[link.b]!.key;
  if (link.rel !== 'STANCE') return linkWeight(index, link, mask) > 0 ? { key: link.key, source, target, rel: link.rel, weight: 1 } : null;
  const stances = linkStances(index, link, mask);
  if (stances.length === 0) return null;
  const polarity = polarityCounts(index, stances);
  return { key: link.key, source, target, rel: 'STANCE', weight: stances.length, polarity, net: polarity.support - polarity.oppose };
}

/** For each of `from`, its heaviest passing links to entities outside `members`, at most `perNode`. */
function edgesOut(index: GraphIndex, from: readonly number[], members: ReadonlySet<number>, mask: SourceMask, perNode: number): ExploreEdge[] {
  const edges: ExploreEdge[] = [];
  for (const entity of from) {
    // Weigh first and build answers only for the chosen few: a hub's neighbours are hubs too,
    // with thousands of links each.
    const outside: { at: number; weight: number }[] = [];
    for (const at of index.adjacency[entity]!) {
      const link = index.links[at]!;
      if (link.a === link.b || members.has(link.a === entity ? link.b : link.a)) continue;
      const weight = linkWeight(index, link, mask);
      if (weight > 0) outside.push({ at, weight });
    }
    if (outside.length > perNode) outside.sort((x, y) => y.weight - x.weight || x.at - y.at);
    for (const { at } of outside.slice(0, perNode)) edges.push(exploreEdge(index, index.links[at]!, mask)!);
  }
  return edges;
}

/** The passing links among a set of entities, each once. */
function edgesAmong(index: GraphIndex, members: ReadonlySet<number>, mask: SourceMask): ExploreEdge[] {
  const edges: ExploreEdge[] = [];
  for (const entity of members) {
    for (const at of index.adjacency[entity]!) {
      const link = index.links[at]!;
      // Each link once: from its `a` end, when both ends are members.
      if (link.a !== entity || !members.has(link.b)) continue;
      const edge = exploreEdge(index, link, mask);
      if (edge) edges.push(edge);
    }
  }
  return edges;
}

function entityOf(index: GraphIndex, key: string, operation: string): number {
  const entity = index.entityByKey.get(key);
  if (entity === undefined) throw new KgError('E_NOT_FOUND', operation, `no entity with key ${JSON.stringify(key)} in the graph`);
  return entity;
}

/** Higher degree (under the filter) first, then the unfiltered ranking: the same graph always ranks the same way. */
const byRank = (index: GraphIndex, degree: (entity: number) => number) => (x: number, y: number) => degree(y) - degree(x) || index.rankOf[x]! - index.rankOf[y]!;

export function exploreInfo(index: GraphIndex, threshold = ARCHIVE_NODE_THRESHOLD): ExploreInfo {
  const publishers = new Map<string, number>();
  let min: string | null = null;
  let max: string | null = null;
  for (const source of index.sources) {
    if (source.publisher) publishers.set(source.publisher, (publishers.get(source.publisher) ?? 0) + 1);
    const date = source.date?.slice(0, 10);
    if (!date) continue;
    if (min === null || date < min) min = date;
    if (max === null || date > max) max = date;
  }
  return {
    nodes: index.nodeCount,
    edges: index.edgeCount,
    entities: index.entities.length,
    sources: index.sources.length,
    stances: index.stances.length,
    archive: index.nodeCount > threshold,
    threshold,
    defaultBudget: DEFAULT_NODE_BUDGET,
    maxBudget: MAX_NODE_BUDGET,
    overviewSize: DEFAULT_OVERVIEW_SIZE,
    publishers: [...publishers].map(([name, sources]) => ({ name, sources })).sort((x, y) => y.sources - x.sources || (x.name < y.name ? -1 : 1)),
    dates: min !== null && max !== null ? { min, max } : null,
  };
}

/** The most connected entities under the filter and the folded edges among them. */
export function overview(index: GraphIndex, query: OverviewQuery): OverviewAnswer {
  const mask = sourceMask(index, query);
  if (mask === null) {
    // Unfiltered, the index already holds the ranking: the first frame costs a slice.
    const chosen = Array.from(index.ranking.subarray(0, query.limit));
    return { entities: index.entities.length, nodes: chosen.map((entity) => exploreNode(index, entity, index.degree[entity]!)), edges: edgesAmong(index, new Set(chosen), mask) };
  }
  const degrees = new Float64Array(index.entities.length);
  const passing: number[] = [];
  for (let entity = 0; entity < index.entities.length; entity++) {
    if (!entityPasses(index, mask, entity)) continue;
    degrees[entity] = degreeOf(index, entity, mask);
    passing.push(entity);
  }
  const chosen = Array.from(
    Int32Array.from(passing)
      .sort(byRank(index, (entity) => degrees[entity]!))
      .subarray(0, query.limit),
  );
  const members = new Set(chosen);
  return {
    entities: passing.length,
    nodes: chosen.map((entity) => exploreNode(index, entity, degrees[entity]!)),
    edges: edgesAmong(index, members, mask),
  };
}

/** Names and aliases: a whole-name match first, then a name that starts with the text, then a word that does, then anywhere. */
export function searchEntities(index: GraphIndex, query: SearchQuery): SearchAnswer {
  const mask = sourceMask(index, query);
  const text = foldText(query.q);
  const found: { entity: number; rank: number; alias?: string }[] = [];
  index.entities.forEach((entity, at) => {
    let best = 4;
    let bestName = 0;
    entity.names.forEach((name, which) => {
      const position = name.indexOf(text);
      if (position < 0) return;
      const rank = name === text ? 0 : position === 0 ? 1 : /[\s\-'’.(]/.test(name[position - 1]!) ? 2 : 3;
      if (rank < best) {
        best = rank;
        bestName = which;
      }
    });
    if (best === 4 || !entityPasses(index, mask, at)) return;
    found.push({ entity: at, rank: best, ...(bestName > 0 ? { alias: entity.aliases[bestName - 1]! } : {}) });
  });
  found.sort((x, y) => x.rank - y.rank || byRank(index, (entity) => index.degree[entity]!)(x.entity, y.entity));
  return {
    hits: found.slice(0, query.limit).map(({ entity, alias }) => ({ ...exploreNode(index, entity, degreeOf(index, entity, mask)), ...(alias ? { alias } : {}) })),
  };
}

/**
 * The entities within `hops` of a node, ranked hop by hop (all of hop 1 before hop 2; within a
 * hop by the weight of the links that reach it, then degree), so the ranking for `hops + 1`
 * starts with the ranking for `hops` and `offset` stays valid when the user goes one hop further.
 * Answers the slice `offset .. offset + limit` and the edges among the node and that slice.
 */
export function neighbourhood(index: GraphIndex, query: NeighbourhoodQuery): NeighbourhoodAnswer {
  const mask = sourceMask(index, query);
  const start = entityOf(index, query.node, 'explore neighbourhood');
  const seen = new Set<number>([start]);
  const ranked: number[] = [];
  let frontier = [start];
  for (let hop = 0; hop < query.hops && frontier.length > 0; hop++) {
    const reach = new Map<number, number>();
    for (const entity of frontier) {
      for (const at of index.adjacency[entity]!) {
        const link = index.links[at]!;
        const other = link.a === entity ? link.b : link.a;
        if (seen.has(other)) continue;
        const weight = linkWeight(index, link, mask);
        if (weight > 0) reach.set(other, (reach.get(other) ?? 0) + weight);
      }
    }
    const ring = [...reach.keys()].sort((x, y) => reach.get(y)! - reach.get(x)! || byRank(index, (entity) => index.degree[entity]!)(x, y));
    for (const entity of ring) seen.add(entity);
    ranked.push(...ring);
    frontier = ring;
  }
  const slice = ranked.slice(query.offset, query.offset + query.limit);
  const members = new Set([start, ...slice]);
  return {
    node: exploreNode(index, start, degreeOf(index, start, mask)),
    nodes: slice.map((entity) => exploreNode(index, entity, degreeOf(index, entity, mask))),
    edges: [...edgesAmong(index, members, mask), ...edgesOut(index, slice, members, mask, NEIGHBOUR_EDGES_PER_NODE)],
    remaining: Math.max(0, ranked.length - query.offset - slice.length),
    reachable: ranked.length,
  };
}

/** An entity's stances grouped by holder (side `about`) or by target (side `held`), largest group first. */
export function stanceGroups(index: GraphIndex, query: StanceGroupsQuery): StanceGroupsAnswer {
  const mask = sourceMask(index, query);
  const entity = entityOf(index, query.node, 'explore stances');
  const groups: StanceGroupsAnswer['groups'] = [];
  let total = 0;
  for (const at of index.adjacency[entity]!) {
    const link = index.links[at]!;
    if (link.rel !== 'STANCE' || (query.side === 'about' ? link.b : link.a) !== entity) continue;
    const stances = linkStances(index, link, mask);
    if (stances.length === 0) continue;
    const other = index.entities[query.side === 'about' ? link.a : link.b]!;
    const polarity = polarityCounts(index, stances);
    total += stances.length;
    groups.push({ other: { key: other.key, label: other.label, kind: other.kind }, count: stances.length, polarity, net: polarity.support - polarity.oppose });
  }
  groups.sort((x, y) => y.count - x.count || (x.other.label < y.other.label ? -1 : x.other.label > y.other.label ? 1 : 0));
  return { node: exploreNode(index, entity, degreeOf(index, entity, mask)), side: query.side, stances: total, total: groups.length, groups: groups.slice(0, query.limit) };
}

function sourceSummary(index: GraphIndex, source: number): SourceSummary | null {
  const found = index.sources[source];
  return found ? { key: found.key, title: found.title, publisher: found.publisher, date: found.date, url: found.url } : null;
}

/** The quotes of one group: the stances of `other` about the node (or of the node about `other`), newest source first. */
export function groupQuotes(index: GraphIndex, query: QuotesQuery): QuotesAnswer {
  const mask = sourceMask(index, query);
  const entity = entityOf(index, query.node, 'explore quotes');
  const other = entityOf(index, query.other, 'explore quotes');
  const [holder, target] = query.side === 'about' ? [other, entity] : [entity, other];
  const link = index.adjacency[entity]!.map((at) => index.links[at]!).find((candidate) => candidate.rel === 'STANCE' && candidate.a === holder && candidate.b === target);
  const stances = link ? linkStances(index, link, mask) : [];
  const dateOf = (stance: number) => index.sources[index.stances[stance]!.source]?.date ?? '';
  const ordered = [...stances].sort((x, y) => (dateOf(y) < dateOf(x) ? -1 : dateOf(y) > dateOf(x) ? 1 : x - y));
  return {
    total: ordered.length,
    quotes: ordered.slice(query.offset, query.offset + query.limit).map((at) => {
      const stance = index.stances[at]!;
      return { key: stance.key, polarity: stance.polarity, code: stance.code, quote: stance.quote, confidence: stance.confidence, source: sourceSummary(index, stance.source) };
    }),
  };
}

/** Sources passing the filter whose title or publisher contains the text, newest first. */
export function listSources(index: GraphIndex, query: SourcesQuery): SourcesAnswer {
  const mask = sourceMask(index, query);
  const text = foldText(query.q);
  const matching: number[] = [];
  index.sources.forEach((source, at) => {
    if (passes(mask, at) && (text === '' || source.text.includes(text))) matching.push(at);
  });
  const dateOf = (at: number) => index.sources[at]!.date ?? '';
  matching.sort((x, y) => (dateOf(y) < dateOf(x) ? -1 : dateOf(y) > dateOf(x) ? 1 : x - y));
  return { total: matching.length, sources: matching.slice(query.offset, query.offset + query.limit).map((at) => sourceSummary(index, at)!) };
}
