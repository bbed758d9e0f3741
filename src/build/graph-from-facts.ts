/**
 * Graph facts to graph.json data (graphology's `export()` format of a directed multigraph). Pure
 * and deterministic: nodes and edges come out in sorted order with the keys of `schema/keys.ts`,
 * so the same facts always give the same bytes, whether they come from extractions
 * (`buildGraph`) or from Neo4j (`assembleGraph`).
 */
import { cameoName } from '../../schema/cameo';
import type { Evidence } from '../../schema/records';
import type { SerializedGraph } from '../../schema/graph-json';
import {
  aboutEdgeKey,
  againstEdgeKey,
  carriedOutEdgeKey,
  eventPlaceEdgeKey,
  holdsEdgeKey,
  mentionedInEdgeKey,
  relationEdgeKey,
  sourceKey,
  statedInEdgeKey,
} from '../../schema/keys';
import { compareStrings, reviewedOf, type GraphFacts, type RelationFact } from './graph-facts';

export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

type Node = SerializedGraph['nodes'][number];
type Edge = SerializedGraph['edges'][number];

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Stated support first, by source and offset, then the gazetteer's, by source. */
function compareSupport(a: RelationFact, b: RelationFact): number {
  if (a.via !== b.via) return a.via === 'text' ? -1 : 1;
  return compareStrings(a.source, b.source) || (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0) || (a.span?.[1] ?? 0) - (b.span?.[1] ?? 0) || compareStrings(a.id, b.id);
}

/** One edge per relation type and pair: the most confident support's confidence, the first role given, every piece of evidence. */
function relationEdge(key: string, support: readonly RelationFact[]): Edge {
  const sorted = [...support].sort(compareSupport);
  const first = sorted[0]!;
  const role = sorted.find((f) => f.role)?.role;
  const confidence = Math.max(...sorted.map((f) => f.confidence));
  const sources = [...new Set(sorted.map((f) => sourceKey(f.source)))].sort(compareStrings);
  const evidence: Evidence[] = sorted.filter((f) => f.via === 'text' && f.span).map((f) => ({ source: sourceKey(f.source), span: [f.span![0], f.span![1]], quote: f.quote ?? '' }));
  // Every piece of one edge carries the same review (a decision names the edge), so the first reviewed one speaks for all.
  const reviewed = reviewedOf(sorted.find((f) => f.reviewed) ?? {});
  const common = { type: first.type, ...(role ? { role } : {}), confidence, ...reviewed };
  const attributes =
    evidence.length > 0 ? { ...common, via: 'text' as const, ...evidence[0]!, evidence, sources } : { ...common, via: 'gazetteer' as const, evidence: [], sources };
  return { key, source: first.from, target: first.to, attributes };
}

/**
 * Assemble graph.json data from facts. Facts whose ends are not nodes (which only a damaged
 * database can give) are left out rather than taking the whole graph down.
 * @example graphFromFacts(mergeFacts(extractions.map(documentFacts)))
 */
export function graphFromFacts(facts: GraphFacts): SerializedGraph {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  const known = new Set<string>();

  const sources = [...new Map(facts.sources.map((s) => [s.id, s])).values()].sort((a, b) => compareStrings(a.id, b.id));
  for (const source of sources) {
    const key = sourceKey(source.id);
    if (known.has(key)) continue;
    nodes.push({
      key,
      attributes: {
        kind: 'Source',
        label: source.title || source.path || source.id,
        aliases: [],
        title: source.title,
        publisher: source.publisher,
        date: source.date,
        url: source.url,
        path: source.path,
        sha256: source.sha256,
      },
    });
    known.add(key);
  }

  const sourceOf = (id: string) => (known.has(sourceKey(id)) ? sourceKey(id) : null);
  const mentions = facts.mentions.filter((m) => sourceOf(m.source) && m.count > 0);
  const totals = new Map<string, number>();
  for (const m of mentions) totals.set(m.entity, (totals.get(m.entity) ?? 0) + m.count);

  for (const entity of [...facts.entities].sort((a, b) => compareStrings(a.id, b.id))) {
    if (known.has(entity.id)) continue;
    nodes.push({
      key: entity.id,
      attributes: {
        kind: entity.kind,
        label: entity.label,
        aliases: entity.aliases,
        ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
        ...(entity.description ? { description: entity.description } : {}),
        mentions: totals.get(entity.id) ?? 0,
        ...reviewedOf(entity),
      },
    } as unknown as Node);
    known.add(entity.id);
  }

  for (const m of [...mentions].sort((a, b) => compareStrings(a.entity, b.entity) || compareStrings(a.source, b.source))) {
    if (!known.has(m.entity)) continue;
    const source = sourceKey(m.source);
    edges.push({ key: mentionedInEdgeKey(m.entity, source), source: m.entity, target: source, attributes: { type: 'MENTIONED_IN', count: m.count } });
  }

  const byEdge = new Map<string, RelationFact[]>();
  for (const fact of facts.relations) {
    if (fact.from === fact.to || !known.has(fact.from) || !known.has(fact.to) || !sourceOf(fact.source)) continue;
    const key = relationEdgeKey(fact.type, fact.from, fact.to);
    const list = byEdge.get(key);
    if (list) list.push(fact);
    else byEdge.set(key, [fact]);
  }
  for (const [key, support] of [...byEdge].sort(([a], [b]) => compareStrings(a, b))) edges.push(relationEdge(key, support));

  const stances = new Map<string, GraphFacts['stances'][number]>();
  for (const stance of facts.stances) if (!stances.has(stance.id)) stances.set(stance.id, stance);
  for (const stance of [...stances.values()].sort((a, b) => compareStrings(a.id, b.id))) {
    const source = sourceOf(stance.source);
    if (!source || known.has(stance.id) || stance.holder === stance.target || !known.has(stance.holder) || !known.has(stance.target)) continue;
    nodes.push({
      key: stance.id,
      attributes: {
        kind: 'Stance',
        label: `${cameoName(stance.code).toLowerCase()}: ${truncate(stance.quote, 60)}`,
        aliases: [],
        polarity: stance.polarity,
        code: stance.code,
        quote: stance.quote,
        span: [stance.span[0], stance.span[1]],
        source,
        confidence: stance.confidence,
        holder: stance.holder,
        target: stance.target,
        ...reviewedOf(stance),
      },
    });
    known.add(stance.id);
    edges.push({ key: holdsEdgeKey(stance.holder, stance.id), source: stance.holder, target: stance.id, attributes: { type: 'HOLDS' } });
    edges.push({ key: aboutEdgeKey(stance.id, stance.target), source: stance.id, target: stance.target, attributes: { type: 'ABOUT' } });
    edges.push({ key: statedInEdgeKey(stance.id, source), source: stance.id, target: source, attributes: { type: 'STATED_IN' } });
  }

  addEvents(facts.events ?? [], known, sourceOf, nodes, edges);
  return { options: { ...GRAPH_OPTIONS }, attributes: {}, nodes, edges };
}

/**
 * Reported events after the stances: one node each, joined to its actor (CARRIED_OUT), target
 * (AGAINST), place (LOCATED_IN) and source (STATED_IN). A participant that is not a node is left
 * out; an event with neither participant is.
 */
function addEvents(events: readonly GraphFacts['events'][number][], known: Set<string>, sourceOf: (id: string) => string | null, nodes: Node[], edges: Edge[]): void {
  const byId = new Map<string, GraphFacts['events'][number]>();
  for (const event of events) if (!byId.has(event.id)) byId.set(event.id, event);
  for (const event of [...byId.values()].sort((a, b) => compareStrings(a.id, b.id))) {
    const source = sourceOf(event.source);
    const actor = event.actor && known.has(event.actor) ? event.actor : null;
    const target = event.target && known.has(event.target) && event.target !== actor ? event.target : null;
    const place = event.place && known.has(event.place) && event.place !== actor && event.place !== target ? event.place : null;
    if (!source || known.has(event.id) || (!actor && !target)) continue;
    nodes.push({
      key: event.id,
      attributes: {
        kind: 'ReportedEvent',
        label: `${event.name.toLowerCase()}: ${truncate(event.quote, 60)}`,
        aliases: [],
        code: event.code,
        name: event.name,
        trigger: event.trigger,
        quote: event.quote,
        span: [event.span[0], event.span[1]],
        source,
        confidence: event.confidence,
        ...(actor ? { actor } : {}),
        ...(target ? { target } : {}),
        ...(place ? { place } : {}),
        ...(event.date ? { date: event.date } : {}),
      },
    });
    known.add(event.id);
    if (actor) edges.push({ key: carriedOutEdgeKey(actor, event.id), source: actor, target: event.id, attributes: { type: 'CARRIED_OUT', event: true } });
    if (target) edges.push({ key: againstEdgeKey(event.id, target), source: event.id, target, attributes: { type: 'AGAINST', event: true } });
    if (place) edges.push({ key: eventPlaceEdgeKey(event.id, place), source: event.id, target: place, attributes: { type: 'LOCATED_IN', event: true } });
    edges.push({ key: statedInEdgeKey(event.id, source), source: event.id, target: source, attributes: { type: 'STATED_IN', event: true } });
  }
}
