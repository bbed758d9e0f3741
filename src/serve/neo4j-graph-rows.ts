/**
 * Turns the rows the Neo4j read queries return into graph.json data, the same format
 * `kg import --out` writes: the rows become the graph's facts (`src/build/graph-facts.ts`) and the
 * facts a graph through the same `graphFromFacts` as `buildGraph`, so a graph read back from Neo4j
 * is the graph that was written. Pure (rows in, graph out), so it is tested with hand-written rows.
 *
 * Neo4j model (written by src/write/): `(:Entity:<Kind> {id, name, aliases, wikidata})`,
 * `(:Stance {id, polarity, code, quote, start, end, confidence})`,
 * `(holder)-[:HOLDS]->(stance)-[:ABOUT]->(target)`, `(stance)-[:STATED_IN]->(:Source {...})`,
 * typed relations `{id, via, source, start, end, quote, confidence, role}` (one per piece of
 * support; a fact from the gazetteer has `via: 'gazetteer'` and no start, end or quote),
 * `(entity)-[:MENTIONED_IN {count}]->(source)`, and reported events
 * (`src/write/event-statements.ts`): `(actor)-[:CARRIED_OUT]->(:ReportedEvent)-[:AGAINST]->(target)`.
 */
import { CameoCode, cameoName } from '../../schema/cameo';
import { EntityKind, Polarity, RelationType, ReviewStatus, StanceCode } from '../../schema/enums';
import { SerializedGraph } from '../../schema/graph-json';
import { relationSupportId } from '../../schema/keys';
import { cleanAliases, type EntityFact, type EventFact, type GraphFacts, type RelationFact, type SourceFact, type StanceFact } from '../build/graph-facts';
import { graphFromFacts } from '../build/graph-from-facts';
import { KgError } from '../errors/kg-error';

/** The review fields a row may carry (absent in rows written by old versions). */
interface ReviewedRow {
  reviewed?: string | null;
  reviewedBy?: string | null;
}

/** A review value that is not in the schema is dropped, like any other malformed value. */
function reviewedFrom(row: ReviewedRow): { reviewed?: ReviewStatus; reviewedBy?: string } {
  const status = ReviewStatus.safeParse(row.reviewed);
  return status.success ? { reviewed: status.data, ...(row.reviewedBy ? { reviewedBy: row.reviewedBy } : {}) } : {};
}

export interface EntityRow extends ReviewedRow {
  id: string;
  labels: string[];
  name: string;
  aliases: string[] | null;
  wikidata: string | null;
  description: string | null;
}
export interface SourceRow {
  id: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
  path: string | null;
  sha256: string | null;
}
export interface StanceRow extends ReviewedRow {
  id: string;
  holder: string;
  target: string;
  source: string | null;
  polarity: string;
  code: string;
  quote: string;
  start: number;
  end: number;
  confidence: number | null;
}
export interface RelationRow extends ReviewedRow {
  /** The id of this piece of support (absent in rows written by old versions). */
  id?: string | null;
  /** 'text' or 'gazetteer' (absent in rows written by old versions). */
  via?: string | null;
  type: string;
  from: string;
  to: string;
  source: string | null;
  start: number | null;
  end: number | null;
  quote: string | null;
  confidence: number | null;
  role: string | null;
}
/** A reported event with the keys its CARRIED_OUT, AGAINST and LOCATED_IN edges lead to (null: none). */
export interface EventRow {
  id: string;
  code: string;
  name: string | null;
  trigger: string | null;
  quote: string;
  start: number;
  end: number;
  confidence: number | null;
  date: string | null;
  source: string | null;
  actor: string | null;
  target: string | null;
  place: string | null;
}
export interface MentionRow {
  entity: string;
  source: string;
  count: number;
}

export interface GraphRows {
  entities: EntityRow[];
  sources: SourceRow[];
  stances: StanceRow[];
  relations: RelationRow[];
  mentions: MentionRow[];
  /** Absent where the reader asks for none (rows written before events were recorded read the same). */
  events?: EventRow[];
}

/** graph.json keys Source nodes `source:<id>`; Neo4j may store either form. */
export function sourceNodeKey(id: string): string {
  return id.startsWith('source:') ? id : `source:${id}`;
}

/** The source id a Neo4j row names, in either form. */
const sourceIdOf = (id: string) => (id.startsWith('source:') ? id.slice('source:'.length) : id);

/**
 * Neo4j rows to the graph's facts. A malformed value in one row (a span that runs backwards, an
 * unknown label or type, a missing quote) must not take the whole graph down: such rows are
 * repaired where the repair is obvious and dropped where it is not.
 */
export function factsFromRows(rows: GraphRows): GraphFacts {
  const sources: SourceFact[] = rows.sources.map((source) => ({
    id: sourceIdOf(source.id),
    title: source.title ?? '',
    publisher: source.publisher,
    date: source.date,
    url: source.url,
    path: source.path ?? '',
    sha256: source.sha256 && /^[0-9a-f]{64}$/.test(source.sha256) ? source.sha256 : '0'.repeat(64),
  }));
  const entities: EntityFact[] = [];
  for (const entity of rows.entities) {
    const kind = entity.labels.find((label): label is EntityKind => EntityKind.safeParse(label).success);
    if (!kind || !entity.name) continue;
    entities.push({
      id: entity.id,
      kind,
      label: entity.name,
      aliases: cleanAliases(entity.name, entity.aliases ?? []),
      wikidata: entity.wikidata && /^Q\d+$/.test(entity.wikidata) ? entity.wikidata : null,
      description: entity.description || null,
      ...reviewedFrom(entity),
    });
  }
  const mentions = rows.mentions.map((m) => ({ entity: m.entity, source: sourceIdOf(m.source), count: m.count }));
  const relations: RelationFact[] = [];
  for (const row of rows.relations) {
    const type = RelationType.safeParse(row.type);
    if (!type.success || !row.source) continue;
    // Written before facts from the gazetteer were told apart, a relationship with a span is stated.
    const via = row.via === 'gazetteer' || (row.via == null && row.start == null) ? 'gazetteer' : 'text';
    const start = Math.max(0, row.start ?? 0);
    const span: [number, number] | null = via === 'text' ? [start, Math.max(start, row.end ?? start)] : null;
    const source = sourceIdOf(row.source);
    relations.push({
      id: row.id ?? relationSupportId(type.data, row.from, row.to, source, span, row.quote),
      type: type.data,
      from: row.from,
      to: row.to,
      role: row.role,
      confidence: Math.min(1, Math.max(0, row.confidence ?? 0)),
      source,
      via,
      span,
      quote: via === 'text' ? (row.quote ?? '') : null,
      ...reviewedFrom(row),
    });
  }
  const stances: StanceFact[] = [];
  for (const row of rows.stances) {
    const polarity = Polarity.safeParse(row.polarity);
    const code = StanceCode.safeParse(row.code);
    if (!polarity.success || !code.success || !row.source || !row.quote) continue;
    const start = Math.max(0, row.start ?? 0);
    stances.push({
      id: row.id,
      holder: row.holder,
      target: row.target,
      polarity: polarity.data,
      code: code.data,
      confidence: Math.min(1, Math.max(0, row.confidence ?? 0)),
      source: sourceIdOf(row.source),
      span: [start, Math.max(start, row.end ?? start)],
      quote: row.quote,
      ...reviewedFrom(row),
    });
  }
  const events: EventFact[] = [];
  for (const row of rows.events ?? []) {
    const code = CameoCode.safeParse(row.code);
    if (!code.success || !row.source || !row.quote) continue;
    const start = Math.max(0, row.start ?? 0);
    events.push({
      id: row.id,
      code: code.data,
      name: row.name || cameoName(code.data),
      trigger: row.trigger || row.quote,
      actor: row.actor,
      target: row.target,
      place: row.place,
      date: row.date || null,
      confidence: Math.min(1, Math.max(0, row.confidence ?? 0)),
      source: sourceIdOf(row.source),
      span: [start, Math.max(start, row.end ?? start)],
      quote: row.quote,
    });
  }
  return { sources, entities, mentions, relations, stances, events };
}

/** Assemble graph.json data from query rows, through the same projection `buildGraph` uses. */
export function assembleGraph(rows: GraphRows): SerializedGraph {
  const graph = graphFromFacts(factsFromRows(rows));
  const checked = SerializedGraph.safeParse(graph);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new KgError('E_INVALID_GRAPH', 'serve', `Neo4j returned data that is not a valid graph: ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}
