/**
 * The one projection of the model: what each document contributes to the graph, as flat facts
 * (its source, entities, mention counts, pieces of relation support, stances, reported events). graph.json is built
 * from these facts (`graphFromFacts`), the Neo4j writer stores exactly these facts, and the Neo4j
 * reader turns what it reads back into the same facts, so the file and the database cannot drift:
 * there is one set of keys, one dedupe and one rule for what a document may contribute.
 *
 * The rule: a relation or stance belongs to its document and counts only when both ends are among
 * that document's entities and differ; everything a document contributes hangs off its source,
 * so a document can be written, replaced or forgotten on its own.
 */
import { createHash } from 'node:crypto';
import type { CameoCode } from '../../schema/cameo';
import type { EntityKind, Polarity, RelationType, ReviewStatus, StanceCode } from '../../schema/enums';
import { relationSupportId } from '../../schema/keys';
import type { DocumentExtraction, Entity, Span } from '../../schema/records';

export interface SourceFact {
  /** The source id (`import/sources.json` or the file name), not the `source:` node key. */
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  path: string;
  sha256: string;
}

/**
 * What an analyst's decisions made of a fact (`src/review/`): absent on what nobody reviewed, so
 * the facts, and their fingerprints, of an unreviewed graph are what they always were.
 */
export interface ReviewedFact {
  reviewed?: ReviewStatus;
  reviewedBy?: string;
}

/** The review fields of a record or fact, only those present. */
export function reviewedOf(item: ReviewedFact): ReviewedFact {
  return item.reviewed ? { reviewed: item.reviewed, ...(item.reviewedBy ? { reviewedBy: item.reviewedBy } : {}) } : {};
}

export interface EntityFact extends ReviewedFact {
  id: string;
  kind: EntityKind;
  label: string;
  /** Other names, without the label, sorted and unique. */
  aliases: string[];
  wikidata: string | null;
  description: string | null;
}

export interface MentionFact {
  entity: string;
  source: string;
  /** How often the source names the entity; 0 for an entity it lists without a counted mention. */
  count: number;
}

/** One piece of support for a relation: a sentence that states it, or a gazetteer fact whose ends the source names. */
export interface RelationFact extends ReviewedFact {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  role: string | null;
  confidence: number;
  source: string;
  via: 'text' | 'gazetteer';
  /** For `via: 'text'` only: where the sentence is and what it says. */
  span: Span | null;
  quote: string | null;
}

export interface StanceFact extends ReviewedFact {
  id: string;
  holder: string;
  target: string;
  polarity: Polarity;
  code: StanceCode;
  confidence: number;
  source: string;
  span: Span;
  quote: string;
}

/** An act the source states (`ReportedEvent`); actor, target and place are entity keys or null. */
export interface EventFact {
  id: string;
  code: CameoCode;
  name: string;
  trigger: string;
  actor: string | null;
  target: string | null;
  place: string | null;
  date: string | null;
  confidence: number;
  source: string;
  span: Span;
  quote: string;
}

export interface GraphFacts {
  sources: SourceFact[];
  entities: EntityFact[];
  mentions: MentionFact[];
  relations: RelationFact[];
  stances: StanceFact[];
  events: EventFact[];
}

export interface DocumentFacts extends GraphFacts {
  source: SourceFact;
  /** Relations and stances left out because an end is not among the document's entities (or both ends are one entity). */
  skipped: { relations: number; stances: number };
  /** SHA-256 of the document's facts: equal fingerprints, equal contribution. */
  fingerprint: string;
}

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted, unique, without the label itself. */
export function cleanAliases(label: string, ...lists: readonly (readonly string[])[]): string[] {
  const set = new Set<string>();
  for (const list of lists) for (const alias of list) if (alias !== label) set.add(alias);
  return [...set].sort(compareStrings);
}

/** One document's entities merged by id: the first listing gives kind and label, later ones add names. */
function mergeDocumentEntities(entities: readonly Entity[]): EntityFact[] {
  const byId = new Map<string, EntityFact & { names: string[] }>();
  for (const entity of entities) {
    const seen = byId.get(entity.id);
    if (!seen) {
      byId.set(entity.id, {
        id: entity.id,
        kind: entity.kind,
        label: entity.label,
        aliases: [],
        names: [...entity.aliases],
        wikidata: entity.wikidata ?? null,
        description: entity.description ?? null,
        ...reviewedOf(entity),
      });
      continue;
    }
    seen.names.push(entity.label, ...entity.aliases);
    seen.wikidata ??= entity.wikidata ?? null;
    seen.description ??= entity.description ?? null;
    if (!seen.reviewed && entity.reviewed) Object.assign(seen, reviewedOf(entity));
  }
  return [...byId.values()].map(({ names, ...fact }) => ({ ...fact, aliases: cleanAliases(fact.label, names) })).sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * What one document contributes, deterministic: the same extraction always gives the same facts
 * in the same order. Evidence always names the document being projected, whatever key style the
 * extractor used for it.
 * @example documentFacts(extraction).relations[0] // { type: 'LEADS', from: 'Q...', to: 'Q232', via: 'text', span: [4, 13], ... }
 */
export function documentFacts(extraction: DocumentExtraction): DocumentFacts {
  const doc = extraction.source;
  const source: SourceFact = { id: doc.id, title: doc.title, publisher: doc.publisher, date: doc.date, url: doc.url, path: doc.path, sha256: doc.sha256 };
  const entities = mergeDocumentEntities(extraction.entities);
  const known = new Set(entities.map((e) => e.id));

  // Every entity the document lists is tied to it, even with no counted mention: that tie is what
  // says the document supports the entity when another source is replaced or forgotten.
  const counts = new Map<string, number>([...known].map((id) => [id, 0]));
  for (const mention of extraction.mentions) if (counts.has(mention.entity)) counts.set(mention.entity, counts.get(mention.entity)! + 1);
  const mentions = [...counts].sort(([a], [b]) => compareStrings(a, b)).map(([entity, count]) => ({ entity, source: doc.id, count }));

  const relations: RelationFact[] = [];
  const relationIds = new Set<string>();
  let skippedRelations = 0;
  for (const relation of extraction.relations) {
    if (relation.from === relation.to || !known.has(relation.from) || !known.has(relation.to)) {
      skippedRelations += 1;
      continue;
    }
    const text = relation.via === 'gazetteer' ? null : relation.evidence;
    const span: Span | null = text ? [text.span[0], text.span[1]] : null;
    const id = relationSupportId(relation.type, relation.from, relation.to, doc.id, span, text?.quote ?? null);
    if (relationIds.has(id)) continue;
    relationIds.add(id);
    relations.push({
      id,
      type: relation.type,
      from: relation.from,
      to: relation.to,
      role: relation.role ?? null,
      confidence: relation.confidence,
      source: doc.id,
      via: text ? 'text' : 'gazetteer',
      span,
      quote: text?.quote ?? null,
      ...reviewedOf(relation),
    });
  }
  relations.sort((a, b) => compareStrings(a.id, b.id));

  const stances: StanceFact[] = [];
  const stanceIds = new Set<string>();
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
      source: doc.id,
      span: [stance.span[0], stance.span[1]],
      quote: stance.quote,
      ...reviewedOf(stance),
    });
  }
  stances.sort((a, b) => compareStrings(a.id, b.id));

  const events = eventFacts(extraction, known);
  // Events join the fingerprint only when there are any, so a document without them keeps the
  // fingerprint it was written with before events were recorded, and costs nothing to re-import.
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([source, entities, mentions, relations, stances, ...(events.length > 0 ? [events] : [])]))
    .digest('hex');
  return { source, sources: [source], entities, mentions, relations, stances, events, skipped: { relations: skippedRelations, stances: skippedStances }, fingerprint };
}

/**
 * The document's reported events, sorted by id. One counts when some participant (actor or
 * target) is among the document's entities; a participant or place that is not is left empty,
 * and a target that is the actor itself is dropped.
 */
function eventFacts(extraction: DocumentExtraction, known: ReadonlySet<string>): EventFact[] {
  const doc = extraction.source;
  const byId = new Map<string, EventFact>();
  for (const event of extraction.events ?? []) {
    const actor = event.actor && known.has(event.actor) ? event.actor : null;
    const named = event.target && known.has(event.target) ? event.target : null;
    const target = named === actor ? null : named;
    if ((!actor && !target) || byId.has(event.id)) continue;
    byId.set(event.id, {
      id: event.id,
      code: event.code,
      name: event.name,
      trigger: event.trigger,
      actor,
      target,
      place: event.place && known.has(event.place) && event.place !== actor && event.place !== target ? event.place : null,
      date: event.date ?? null,
      confidence: event.confidence,
      source: doc.id,
      span: [event.span[0], event.span[1]],
      quote: event.quote,
    });
  }
  return [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * The facts of many documents as one graph's facts. Documents are taken in source-id order: the
 * first that lists an entity gives its kind and label, the first with a Wikidata id or a
 * description gives those, and every other name any document uses becomes an alias. So the result
 * depends only on which documents there are, never on the order they were imported in.
 */
export function mergeFacts(documents: readonly DocumentFacts[]): GraphFacts {
  const docs = [...documents].sort((a, b) => compareStrings(a.source.id, b.source.id));
  const entities = new Map<string, EntityFact & { names: string[] }>();
  for (const doc of docs) {
    for (const entity of doc.entities) {
      const seen = entities.get(entity.id);
      if (!seen) {
        entities.set(entity.id, { ...entity, names: [...entity.aliases] });
        continue;
      }
      seen.names.push(entity.label, ...entity.aliases);
      seen.wikidata ??= entity.wikidata;
      seen.description ??= entity.description;
      if (!seen.reviewed && entity.reviewed) Object.assign(seen, reviewedOf(entity));
    }
  }
  return {
    sources: docs.map((d) => d.source),
    entities: [...entities.values()].map(({ names, ...fact }) => ({ ...fact, aliases: cleanAliases(fact.label, names) })).sort((a, b) => compareStrings(a.id, b.id)),
    mentions: docs.flatMap((d) => d.mentions),
    relations: docs.flatMap((d) => d.relations),
    stances: docs.flatMap((d) => d.stances),
    // A cache entry written before events were recorded has none.
    events: docs.flatMap((d) => d.events ?? []),
  };
}
