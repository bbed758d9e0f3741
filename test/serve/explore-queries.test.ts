/**
 * The archive explorer's index and queries, pure, on generated graphs: one imported for real
 * from articles of the corpus generator (read, extract, build), and one of archive size from
 * the graph generator with publishers and dates spread over the sources.
 */
import { ARCHIVE_PUBLISHERS, generateArchiveGraph } from '../../bench/archive-graph';
import { generateCorpus } from '../../bench/generate-corpus';
import { NEIGHBOUR_EDGES_PER_NODE, NeighbourhoodQuery, OverviewQuery, QuotesQuery, SearchQuery, SourcesQuery, StanceGroupsQuery } from '../../schema/explore-api';
import type { SerializedGraph } from '../../schema/graph-json';
import { buildGraph } from '../../src/build/build-graph';
import { extractDocument } from '../../src/extract/extract-document';
import { decodeSource } from '../../src/read/decode-source';
import { assembleGraph, type GraphRows } from '../../src/serve/neo4j-graph-rows';
import { exploreInfo, groupQuotes, listSources, neighbourhood, overview, searchEntities, sourceMask, stanceGroups } from '../../src/serve/explore-queries';
import { buildGraphIndex, foldText } from '../../src/serve/graph-index';

const DATES = ['2023-02-10', '2024-06-01', '2025-11-30'];
const PUBLISHERS = ['Steppe Courier', 'Caspian Wire'];

function importedGraph(): SerializedGraph {
  const articles = generateCorpus({ count: 12, seed: 5, minWords: 300, maxWords: 600 });
  const extractions = articles.map((article, at) =>
    extractDocument(
      decodeSource(new TextEncoder().encode(article.text), `archive/${article.name}`, {
        publisher: PUBLISHERS[at % PUBLISHERS.length]!,
        date: DATES[at % DATES.length]!,
        title: `Article ${at}`,
      }),
    ),
  );
  return buildGraph(extractions).export() as SerializedGraph;
}

describe('explorer queries on a graph imported from generated articles', () => {
  const graph = importedGraph();
  const index = buildGraphIndex(graph);

  it('should fold every stance of one holder about one target into one link that keeps them all', () => {
    const stanceNodes = graph.nodes.filter((node) => node.attributes.kind === 'Stance');
    expect(stanceNodes.length).toBeGreaterThan(10);
    const folded = index.links.filter((link) => link.rel === 'STANCE');
    expect(folded.reduce((sum, link) => sum + link.stances.length, 0)).toBe(index.stances.length);
    const pairs = new Set(folded.map((link) => `${link.a}>${link.b}`));
    expect(pairs.size).toBe(folded.length);
    expect(folded.length).toBeLessThan(index.stances.length);
  });

  it('should group the stances about the most discussed entity by holder, with counts that add up to its stances', () => {
    const aboutCounts = new Map<number, number>();
    for (const stance of index.stances) aboutCounts.set(stance.target, (aboutCounts.get(stance.target) ?? 0) + 1);
    const [target, stances] = [...aboutCounts].sort((x, y) => y[1] - x[1])[0]!;
    const key = index.entities[target]!.key;
    const answer = stanceGroups(index, StanceGroupsQuery.parse({ node: key }));
    expect(answer.stances).toBe(stances);
    expect(answer.groups.reduce((sum, group) => sum + group.count, 0)).toBe(stances);
    expect(answer.groups.map((group) => group.count)).toEqual([...answer.groups.map((group) => group.count)].sort((x, y) => y - x));
    const first = answer.groups[0]!;
    expect(first.net).toBe(first.polarity.support - first.polarity.oppose);
    const quotes = groupQuotes(index, QuotesQuery.parse({ node: key, other: first.other.key }));
    expect(quotes.total).toBe(first.count);
    for (const quote of quotes.quotes) {
      const stance = graph.nodes.find((node) => node.key === quote.key)!.attributes;
      expect(stance.kind).toBe('Stance');
      if (stance.kind === 'Stance') expect(quote.quote).toBe(stance.quote);
      expect(quote.source?.publisher).toMatch(/Steppe Courier|Caspian Wire/);
    }
  });

  it('should count only the stances of the chosen publisher and dates when filtered', () => {
    const target = index.stances[0]!.target;
    const key = index.entities[target]!.key;
    const all = stanceGroups(index, StanceGroupsQuery.parse({ node: key }));
    const courier = stanceGroups(index, StanceGroupsQuery.parse({ node: key, publisher: ['Steppe Courier'] }));
    const wire = stanceGroups(index, StanceGroupsQuery.parse({ node: key, publisher: ['Caspian Wire'] }));
    expect(courier.stances + wire.stances).toBe(all.stances);
    const early = stanceGroups(index, StanceGroupsQuery.parse({ node: key, to: '2023' }));
    const later = stanceGroups(index, StanceGroupsQuery.parse({ node: key, from: '2024-01-01' }));
    expect(early.stances + later.stances).toBe(all.stances);
  });

  it('should know the publishers and the date range of the sources', () => {
    const info = exploreInfo(index, 100_000);
    expect(info.publishers.map((publisher) => publisher.name).sort()).toEqual([...PUBLISHERS].sort());
    expect(info.dates).toEqual({ min: '2023-02-10', max: '2025-11-30' });
    expect(info.archive).toBe(false);
    expect(exploreInfo(index, 10).archive).toBe(true);
  });
});

describe('explorer queries on a generated archive-sized graph', () => {
  const graph = generateArchiveGraph(40_000, 120_000);
  const index = buildGraphIndex(graph);

  it('should open the overview on the most connected entities, never more than asked', () => {
    const answer = overview(index, OverviewQuery.parse({ limit: 100 }));
    expect(answer.nodes).toHaveLength(100);
    const degrees = answer.nodes.map((node) => node.degree);
    expect(degrees).toEqual([...degrees].sort((x, y) => y - x));
    const weakestShown = degrees.at(-1)!;
    const shown = new Set(answer.nodes.map((node) => node.key));
    const stronger = index.entities.filter((entity, at) => !shown.has(entity.key) && index.degree[at]! > weakestShown);
    expect(stronger).toEqual([]);
    for (const edge of answer.edges) {
      expect(shown.has(edge.source) && shown.has(edge.target)).toBe(true);
      if (edge.rel === 'STANCE') expect(edge.weight).toBe(edge.polarity!.support + edge.polarity!.oppose + edge.polarity!.mixed + edge.polarity!.neutral);
    }
    expect(answer.edges.some((edge) => edge.rel === 'STANCE')).toBe(true);
  });

  it('should expand a neighbourhood within the limit and go on from the offset one hop further', () => {
    const hub = overview(index, OverviewQuery.parse({ limit: 1 })).nodes[0]!;
    const first = neighbourhood(index, NeighbourhoodQuery.parse({ node: hub.key, limit: 10 }));
    expect(first.nodes).toHaveLength(10);
    expect(first.reachable).toBe(first.nodes.length + first.remaining);
    const oneHop = neighbourhood(index, NeighbourhoodQuery.parse({ node: hub.key, limit: 50_000 }));
    const twoHops = neighbourhood(index, NeighbourhoodQuery.parse({ node: hub.key, hops: 2, limit: 50_000 }));
    expect(twoHops.reachable).toBeGreaterThan(oneHop.reachable);
    // The two-hop ranking starts with the one-hop ranking, so an offset carries over.
    expect(twoHops.nodes.slice(0, oneHop.nodes.length).map((node) => node.key)).toEqual(oneHop.nodes.map((node) => node.key));
    const next = neighbourhood(index, NeighbourhoodQuery.parse({ node: hub.key, hops: 2, offset: oneHop.nodes.length, limit: 20 }));
    expect(next.nodes.map((node) => node.key)).toEqual(twoHops.nodes.slice(oneHop.nodes.length, oneHop.nodes.length + 20).map((node) => node.key));
    // Every edge touches a returned node or the hub; those that leave the answer are capped per node.
    const members = new Set([hub.key, ...first.nodes.map((node) => node.key)]);
    const leaving = new Map<string, number>();
    for (const edge of first.edges) {
      expect(members.has(edge.source) || members.has(edge.target)).toBe(true);
      if (members.has(edge.source) && members.has(edge.target)) continue;
      const inside = members.has(edge.source) ? edge.source : edge.target;
      leaving.set(inside, (leaving.get(inside) ?? 0) + 1);
    }
    expect(Math.max(0, ...leaving.values())).toBeLessThanOrEqual(NEIGHBOUR_EDGES_PER_NODE);
    expect(leaving.has(hub.key)).toBe(false);
  });

  it('should find an entity by a word of its name, whole names first, and by a folded spelling', () => {
    const entity = index.entities[123]!;
    const word = entity.label.split(' ')[0]!;
    const hits = searchEntities(index, SearchQuery.parse({ q: word.toUpperCase(), limit: 100 })).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => foldText([hit.label, hit.alias ?? ''].join(' ')).includes(foldText(word)))).toBe(true);
    const exact = searchEntities(index, SearchQuery.parse({ q: entity.label, limit: 5 })).hits;
    expect(exact[0]!.label.toLowerCase()).toBe(entity.label.toLowerCase());
    expect(foldText('Almatý')).toBe('almaty');
  });

  it('should leave out of the overview and search what no filtered source supports', () => {
    const publisher = ARCHIVE_PUBLISHERS[1]!;
    const mask = sourceMask(index, OverviewQuery.parse({ publisher: [publisher] }))!;
    const answer = overview(index, OverviewQuery.parse({ publisher: [publisher], limit: 200 }));
    expect(answer.entities).toBeLessThan(index.entities.length);
    for (const node of answer.nodes) {
      const entity = index.entityByKey.get(node.key)!;
      expect(index.entitySources[entity]!.some((source) => mask[source] === 1)).toBe(true);
    }
    const all = overview(index, OverviewQuery.parse({ limit: 200 }));
    expect(answer.nodes[0]!.degree).toBeLessThan(all.nodes[0]!.degree);
  });

  it('should list the sources of a date range and a publisher, searchable by title, newest first', () => {
    const sources = listSources(index, SourcesQuery.parse({ from: '2020-01-01', to: '2020-12-31', publisher: [ARCHIVE_PUBLISHERS[0]], limit: 500 }));
    expect(sources.total).toBeGreaterThan(0);
    for (const source of sources.sources) {
      expect(source.publisher).toBe(ARCHIVE_PUBLISHERS[0]);
      expect(source.date! >= '2020-01-01' && source.date! <= '2020-12-31').toBe(true);
    }
    const dates = sources.sources.map((source) => source.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    const word = sources.sources[0]!.title.split(' ')[0]!;
    const found = listSources(index, SourcesQuery.parse({ q: word.toLowerCase(), limit: 500 }));
    expect(found.sources.every((source) => source.title.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    expect(found.total).toBeLessThan(index.sources.length);
  });
});

describe('explorer queries on a graph read back from Neo4j rows', () => {
  // What `kg serve` without --file hands the explorer: the rows of the Neo4j read queries,
  // assembled into graph.json data by the same code as the file.
  const rows: GraphRows = {
    entities: [
      { id: 'n:aigerim-sadykova', labels: ['Entity', 'Person'], name: 'Aigerim Sadykova', aliases: ['Sadykova'], wikidata: null, description: null },
      { id: 'n:water-council', labels: ['Entity', 'Organisation'], name: 'Syr Darya Water Council', aliases: [], wikidata: null, description: null },
      { id: 'Q813', labels: ['Entity', 'Country'], name: 'Kyrgyzstan', aliases: [], wikidata: 'Q813', description: null },
    ],
    sources: [
      { id: 'doc-a', title: 'Dams and quotas', publisher: 'Steppe Courier', date: '2024-04-02', url: null, path: 'import/a.txt', sha256: 'c'.repeat(64) },
      { id: 'doc-b', title: 'Quotas revisited', publisher: 'Caspian Wire', date: '2025-01-15', url: null, path: 'import/b.txt', sha256: 'd'.repeat(64) },
    ],
    stances: [
      {
        id: 'stance:a1',
        holder: 'n:aigerim-sadykova',
        target: 'n:water-council',
        source: 'doc-a',
        polarity: 'oppose',
        code: '111',
        quote: 'The council ignores the farmers downstream.',
        start: 0,
        end: 44,
        confidence: 0.8,
      },
      {
        id: 'stance:b1',
        holder: 'n:aigerim-sadykova',
        target: 'n:water-council',
        source: 'doc-b',
        polarity: 'support',
        code: '051',
        quote: 'The council finally listened.',
        start: 5,
        end: 34,
        confidence: 0.8,
      },
    ],
    relations: [
      { type: 'BASED_IN', from: 'n:water-council', to: 'Q813', source: 'doc-b', start: 40, end: 70, quote: 'the council, based in Bishkek', confidence: 0.7, role: null },
    ],
    mentions: [
      { entity: 'n:aigerim-sadykova', source: 'doc-a', count: 2 },
      { entity: 'Q813', source: 'doc-b', count: 1 },
    ],
  };
  const index = buildGraphIndex(assembleGraph(rows));

  it('should fold both stances into one group and split them again by publisher', () => {
    const all = stanceGroups(index, StanceGroupsQuery.parse({ node: 'n:water-council' }));
    expect(all.groups).toEqual([expect.objectContaining({ count: 2, net: 0, other: expect.objectContaining({ key: 'n:aigerim-sadykova' }) })]);
    const wire = stanceGroups(index, StanceGroupsQuery.parse({ node: 'n:water-council', publisher: ['Caspian Wire'] }));
    expect(wire.groups[0]!.polarity).toEqual({ support: 1, oppose: 0, mixed: 0, neutral: 0 });
    const quotes = groupQuotes(index, QuotesQuery.parse({ node: 'n:water-council', other: 'n:aigerim-sadykova' }));
    expect(quotes.quotes.map((quote) => quote.source?.title)).toEqual(['Quotas revisited', 'Dams and quotas']);
  });

  it('should count a relation read from Neo4j only under a filter its source passes', () => {
    const early = neighbourhood(index, NeighbourhoodQuery.parse({ node: 'Q813', to: '2024' }));
    const late = neighbourhood(index, NeighbourhoodQuery.parse({ node: 'Q813', from: '2025' }));
    expect(early.nodes).toEqual([]);
    expect(late.nodes.map((node) => node.key)).toEqual(['n:water-council']);
  });
});
