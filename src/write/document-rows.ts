/**
 * The pure half of the Neo4j writer: one document's extraction turned into plain parameter rows,
 * each carrying the label or relationship type its statement picks. No I/O, so tests can check
 * exactly what would be written without a server.
 */
import { createHash } from 'node:crypto';
import { EntityKind, RelationType, type Polarity, type StanceCode } from '../../schema/enums';
import type { DocumentExtraction, Entity } from '../../schema/records';

export interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  path: string;
  sha256: string;
}

export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  /** Aliases without the name itself, sorted. */
  aliases: string[];
  /** The name plus every alias this document gives, for merging into an existing node. */
  names: string[];
  wikidata: string | null;
  description: string | null;
}

export interface MentionRow {
  entity: string;
  count: number;
}

export interface RelationRow {
  /** Stable per piece of evidence: the same relation stated in two places is two relationships. */
  id: string;
  type: RelationType;
  from: string;
  to: string;
  role: string | null;
  confidence: number;
  source: string;
  start: number;
  end: number;
  quote: string;
}

export interface StanceRow {
  id: string;
  holder: string;
  target: string;
  polarity: Polarity;
  code: StanceCode;
  confidence: number;
  source: string;
  start: number;
  end: number;
  quote: string;
}

export interface DocumentRows {
  source: SourceRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  stances: StanceRow[];
  /** Relations and stances left out because an end is not among the document's entities (or is the same entity). */
  skipped: { relations: number; stances: number };
  /**
   * SHA-256 of everything above that is written. Stored on the Source node, it lets the writer
   * skip a document whose rows are exactly what the database already holds from it.
   */
  fingerprint: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Key of one piece of relation evidence: everything that makes it this statement in this text. */
export function relationEvidenceId(type: RelationType, from: string, to: string, source: string, span: readonly [number, number], quote: string): string {
  const digest = createHash('sha1').update([type, from, to, source, span[0], span[1], quote].join('\u0000')).digest('hex');
  return `relation:${digest.slice(0, 24)}`;
}

function mergeEntities(entities: readonly Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    const seen = byId.get(entity.id);
    if (!seen) byId.set(entity.id, { ...entity, aliases: [...entity.aliases] });
    else
      byId.set(entity.id, {
        ...seen,
        aliases: [...seen.aliases, entity.label, ...entity.aliases],
        wikidata: seen.wikidata ?? entity.wikidata,
        description: seen.description ?? entity.description,
      });
  }
  return [...byId.values()].sort((a, b) => compare(a.id, b.id));
}

/**
 * Rows for one document, deterministic: the same extraction always gives the same rows in the same order.
 * @example documentRows(extraction).entities[0] // { id: 'Q...', kind: 'Person', name: 'Aida Bekova', ... }
 */
export function documentRows(extraction: DocumentExtraction): DocumentRows {
  const { source } = extraction;
  const entities: EntityRow[] = [];
  const known = new Set<string>();
  for (const entity of mergeEntities(extraction.entities)) {
    const kind = EntityKind.parse(entity.kind);
    const aliases = [...new Set(entity.aliases.filter((alias) => alias !== entity.label))].sort(compare);
    entities.push({
      id: entity.id,
      kind,
      name: entity.label,
      aliases,
      names: [entity.label, ...aliases],
      wikidata: entity.wikidata ?? null,
      description: entity.description ?? null,
    });
    known.add(entity.id);
  }

  // Every entity the document lists is tied to it, even with no counted mention: that edge is
  // what says the document supports the entity when another source is replaced.
  const counts = new Map<string, number>([...known].map((id) => [id, 0]));
  for (const mention of extraction.mentions) if (counts.has(mention.entity)) counts.set(mention.entity, counts.get(mention.entity)! + 1);
  const mentions = [...counts].sort(([a], [b]) => compare(a, b)).map(([entity, count]) => ({ entity, count }));

  const relations: RelationRow[] = [];
  const relationIds = new Set<string>();
  let skippedRelations = 0;
  for (const relation of extraction.relations) {
    if (relation.from === relation.to || !known.has(relation.from) || !known.has(relation.to)) {
      skippedRelations += 1;
      continue;
    }
    const type = RelationType.parse(relation.type);
    const { evidence } = relation;
    // The document being written is the evidence's source, whatever key style the extractor used.
    const id = relationEvidenceId(type, relation.from, relation.to, source.id, evidence.span, evidence.quote);
    if (relationIds.has(id)) continue;
    relationIds.add(id);
    relations.push({
      id,
      type,
      from: relation.from,
      to: relation.to,
      role: relation.role ?? null,
      confidence: relation.confidence,
      source: source.id,
      start: evidence.span[0],
      end: evidence.span[1],
      quote: evidence.quote,
    });
  }
  relations.sort((a, b) => compare(a.id, b.id));

  const stanceIds = new Set<string>();
  const stances: StanceRow[] = [];
  let skippedStances = 0;
  for (const stance of extraction.stances) {
    if (stance.holder === stance.target || !known.has(stance.holder) || !known.has(stance.target)) {
      skippedStances += 1;
      continue;
    }
    if (stanceIds.has(stance.id)) continue;
    stanceIds.add(stance.id);
    stances.push({
      id: stance.id,
      holder: stance.holder,
      target: stance.target,
      polarity: stance.polarity,
      code: stance.code,
      confidence: stance.confidence,
      source: source.id,
      start: stance.span[0],
      end: stance.span[1],
      quote: stance.quote,
    });
  }
  stances.sort((a, b) => compare(a.id, b.id));

  const sourceRow: SourceRow = {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    date: source.date,
    url: source.url,
    path: source.path,
    sha256: source.sha256,
  };
  const fingerprint = createHash('sha256').update(JSON.stringify([sourceRow, entities, mentions, relations, stances])).digest('hex');
  return {
    source: sourceRow,
    entities,
    mentions,
    relations,
    stances,
    skipped: { relations: skippedRelations, stances: skippedStances },
    fingerprint,
  };
}

/** Number of rows the document's statements will send (source + entities + mentions + relations + stances). */
export function countRows(rows: DocumentRows): number {
  return 1 + rows.entities.length + rows.mentions.length + rows.relations.length + rows.stances.length;
}
