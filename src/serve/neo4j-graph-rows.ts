/**
 * Turns the rows the Neo4j read queries return into graph.json data, the same format
 * `kg import --out` writes. Pure (rows in, graph out), so it is tested with hand-written rows.
 *
 * Neo4j model (written by src/write/): `(:Entity:<Kind> {id, name, aliases, wikidata})`,
 * `(:Stance {id, polarity, code, quote, start, end, confidence})`,
 * `(holder)-[:HOLDS]->(stance)-[:ABOUT]->(target)`, `(stance)-[:STATED_IN]->(:Source {...})`,
 * typed relations `{source, start, end, quote, confidence, role}` (one per piece of evidence),
 * `(entity)-[:MENTIONED_IN {count}]->(source)`.
 */
import { EntityKind, Polarity, RelationType, StanceCode } from '../../schema/enums';
import { cameoName } from '../../schema/cameo';
import { SerializedGraph } from '../../schema/graph-json';
import type { Evidence } from '../../schema/records';
import { KgError } from '../errors/kg-error';

export interface EntityRow {
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
export interface StanceRow {
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
export interface RelationRow {
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
}

/** graph.json keys Source nodes `source:<id>`; Neo4j may store either form. */
export function sourceNodeKey(id: string): string {
  return id.startsWith('source:') ? id : `source:${id}`;
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Assemble graph.json data from query rows; rows with unknown kinds or dangling ends are skipped. */
export function assembleGraph(rows: GraphRows): SerializedGraph {
  const nodes: SerializedGraph['nodes'] = [];
  const edges: SerializedGraph['edges'] = [];
  const known = new Set<string>();
  const mentionTotals = new Map<string, number>();
  for (const mention of rows.mentions) mentionTotals.set(mention.entity, (mentionTotals.get(mention.entity) ?? 0) + mention.count);

  for (const source of [...rows.sources].sort((a, b) => compare(a.id, b.id))) {
    const key = sourceNodeKey(source.id);
    const title = source.title || source.path || source.id;
    nodes.push({
      key,
      attributes: {
        kind: 'Source',
        label: title,
        aliases: [],
        title,
        publisher: source.publisher,
        date: source.date,
        url: source.url,
        path: source.path ?? '',
        sha256: source.sha256 && /^[0-9a-f]{64}$/.test(source.sha256) ? source.sha256 : '0'.repeat(64),
      },
    });
    known.add(key);
  }
  for (const entity of [...rows.entities].sort((a, b) => compare(a.id, b.id))) {
    const kind = entity.labels.find((label): label is EntityKind => EntityKind.safeParse(label).success);
    if (!kind || !entity.name) continue;
    nodes.push({
      key: entity.id,
      attributes: {
        kind,
        label: entity.name,
        aliases: (entity.aliases ?? []).filter((alias) => alias !== entity.name),
        ...(entity.wikidata && /^Q\d+$/.test(entity.wikidata) ? { wikidata: entity.wikidata } : {}),
        ...(entity.description ? { description: entity.description } : {}),
        mentions: mentionTotals.get(entity.id) ?? 0,
      },
    } as unknown as SerializedGraph['nodes'][number]);
    known.add(entity.id);
  }
  for (const mention of [...rows.mentions].sort((a, b) => compare(a.entity, b.entity) || compare(a.source, b.source))) {
    const source = sourceNodeKey(mention.source);
    if (!known.has(mention.entity) || !known.has(source) || mention.count < 1) continue;
    edges.push({ key: `MENTIONED_IN:${mention.entity}->${source}`, source: mention.entity, target: source, attributes: { type: 'MENTIONED_IN', count: mention.count } });
  }

  const grouped = new Map<string, { type: RelationType; from: string; to: string; role: string | null; confidence: number; evidence: Evidence[] }>();
  for (const row of rows.relations) {
    const type = RelationType.safeParse(row.type);
    if (!type.success || !known.has(row.from) || !known.has(row.to) || row.from === row.to || !row.source) continue;
    const key = `${type.data}:${row.from}->${row.to}`;
    const start = Math.max(0, row.start ?? 0);
    // A malformed span in one row must not take the whole graph down: clamp it to a valid one.
    const evidence: Evidence = { source: sourceNodeKey(row.source), span: [start, Math.max(start, row.end ?? start)], quote: row.quote ?? '' };
    const entry = grouped.get(key);
    if (entry) {
      entry.evidence.push(evidence);
      entry.confidence = Math.max(entry.confidence, row.confidence ?? 0);
      entry.role ??= row.role;
    } else {
      grouped.set(key, { type: type.data, from: row.from, to: row.to, role: row.role, confidence: row.confidence ?? 0, evidence: [evidence] });
    }
  }
  for (const [key, relation] of [...grouped].sort(([a], [b]) => compare(a, b))) {
    const evidence = relation.evidence.sort((a, b) => compare(a.source, b.source) || a.span[0] - b.span[0]);
    edges.push({
      key,
      source: relation.from,
      target: relation.to,
      attributes: {
        type: relation.type,
        ...(relation.role ? { role: relation.role } : {}),
        confidence: relation.confidence,
        ...evidence[0]!,
        evidence,
      },
    });
  }

  for (const row of [...rows.stances].sort((a, b) => compare(a.id, b.id))) {
    const polarity = Polarity.safeParse(row.polarity);
    const code = StanceCode.safeParse(row.code);
    const source = row.source ? sourceNodeKey(row.source) : null;
    if (!polarity.success || !code.success || !source || !known.has(source) || !known.has(row.holder) || !known.has(row.target) || !row.quote) continue;
    nodes.push({
      key: row.id,
      attributes: {
        kind: 'Stance',
        label: `${cameoName(code.data).toLowerCase()}: ${truncate(row.quote, 60)}`,
        aliases: [],
        polarity: polarity.data,
        code: code.data,
        quote: row.quote,
        span: [Math.max(0, row.start ?? 0), Math.max(0, row.start ?? 0, row.end ?? 0)],
        source,
        confidence: Math.min(1, Math.max(0, row.confidence ?? 0)),
        holder: row.holder,
        target: row.target,
      },
    });
    edges.push({ key: `HOLDS:${row.holder}->${row.id}`, source: row.holder, target: row.id, attributes: { type: 'HOLDS' } });
    edges.push({ key: `ABOUT:${row.id}->${row.target}`, source: row.id, target: row.target, attributes: { type: 'ABOUT' } });
    edges.push({ key: `STATED_IN:${row.id}->${source}`, source: row.id, target: source, attributes: { type: 'STATED_IN' } });
  }

  const graph = { options: { type: 'directed' as const, multi: false as const, allowSelfLoops: false }, attributes: {}, nodes, edges };
  const checked = SerializedGraph.safeParse(graph);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new KgError('E_INVALID_GRAPH', 'serve', `Neo4j returned data that is not a valid graph: ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}
