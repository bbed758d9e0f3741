/**
 * Applies an analyst's decisions to the extractions of a graph, after cross-document resolution
 * and before the extractions become facts (`src/build/graph-facts.ts`), so graph.json and Neo4j,
 * both built from those facts, carry the same result. Pure and deterministic: the same
 * extractions and decisions always give the same extractions.
 *
 * Decisions apply in file order, each to what the earlier ones left. One whose subject is not
 * there (the text changed, the entity was merged away) is stale: it changes nothing and is
 * reported with its line, never dropped in silence and never an error.
 */
import type { Decision, NumberedDecision } from '../../schema/decisions';
import type { ReviewStatus } from '../../schema/enums';
import { relationEdgeKey, stanceKey } from '../../schema/keys';
import type { DocumentExtraction, Entity, Stance } from '../../schema/records';
import { rekeyEvents } from '../resolve/resolve-across-documents';
import { matchesStanceRef } from './stance-ref';

export interface StaleDecision {
  line: number;
  decision: Decision;
  /** Why it changed nothing: "no stance of n:aida-bekova at report [10, 52) with that quote: the text changed". */
  reason: string;
}

export interface ReviewOutcome {
  /** How many decisions changed the graph. */
  applied: number;
  stale: StaleDecision[];
}

export interface AppliedDecisions {
  extractions: DocumentExtraction[];
  review: ReviewOutcome;
}

type Reviewable = { reviewed?: ReviewStatus; reviewedBy?: string };

/** A correction is not undone by a later confirmation: the item still differs from what the machine said. */
function mark(item: Reviewable, status: ReviewStatus, by: string): void {
  item.reviewed = item.reviewed === 'corrected' ? 'corrected' : status;
  item.reviewedBy = by;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The entity pairs the keep-apart decisions name, for the resolver and for later merges. */
export function keptApartPairs(decisions: readonly NumberedDecision[]): Array<[string, string]> {
  return decisions.flatMap(({ decision }) => (decision.action === 'entity.keep-apart' ? [[decision.entity, decision.other] as [string, string]] : []));
}

class Working {
  readonly docs: DocumentExtraction[];
  readonly keptApart = new Map<string, number>();

  constructor(extractions: readonly DocumentExtraction[]) {
    this.docs = structuredClone([...extractions]).sort((a, b) => compare(a.source.id, b.source.id));
  }

  entries(id: string): Entity[] {
    return this.docs.flatMap((x) => x.entities.filter((e) => e.id === id));
  }

  hasEntity(id: string): boolean {
    return this.docs.some((x) => x.entities.some((e) => e.id === id));
  }

  /** The label the graph shows for an entity: the first document's, in source-id order (as `mergeFacts` picks it). */
  labelOf(id: string): string | undefined {
    return this.entries(id)[0]?.label;
  }

  /** Make sure the document lists the entity, copying the graph's entry when it does not (a corrected holder from elsewhere). */
  ensureListed(doc: DocumentExtraction, id: string): void {
    if (doc.entities.some((e) => e.id === id)) return;
    const entry = this.entries(id)[0];
    if (entry) doc.entities = [...doc.entities, structuredClone(entry)].sort((a, b) => compare(a.id, b.id));
  }
}

/** A stance whose holder or target changed gets the key of what it now links (as resolution re-keys it). */
function relink(stance: Stance, holder: string, target: string): Stance {
  if (stance.holder === holder && stance.target === target) return stance;
  return { ...stance, holder, target, id: stanceKey(stance.source, stance.span, holder, target) };
}

/** Drop stances that now link an entity to itself, and the second of two that became one. */
function dropDegenerateStances(doc: DocumentExtraction): void {
  const seen = new Set<string>();
  doc.stances = doc.stances.filter((s) => {
    if (s.holder === s.target || seen.has(s.id)) return false;
    seen.add(s.id);
    return true;
  });
}

function mergeEntity(state: Working, from: string, into: string, by: string): void {
  const label = state.labelOf(into)!;
  const key = (id: string) => (id === from ? into : id);
  for (const doc of state.docs) {
    if (!doc.entities.some((e) => e.id === from)) continue;
    const names = new Set<string>();
    let kept: Entity | undefined;
    for (const e of doc.entities) {
      if (e.id !== from && e.id !== into) continue;
      names.add(e.label);
      for (const alias of e.aliases) names.add(alias);
      if (e.id === into || !kept) kept = e;
    }
    const base = state.entries(into)[0] ?? kept!;
    names.delete(label);
    const merged: Entity = { ...structuredClone(kept!), id: into, kind: base.kind, label, aliases: [...names].sort(compare) };
    if (base.wikidata) merged.wikidata = base.wikidata;
    doc.entities = [...doc.entities.filter((e) => e.id !== from && e.id !== into), merged].sort((a, b) => compare(a.id, b.id));
    doc.mentions = doc.mentions.map((m) => ({ ...m, entity: key(m.entity) }));
    doc.relations = doc.relations.map((r) => ({ ...r, from: key(r.from), to: key(r.to) })).filter((r) => r.from !== r.to);
    doc.stances = doc.stances.map((s) => relink(s, key(s.holder), key(s.target)));
    if (doc.events) doc.events = rekeyEvents(doc.events, key);
    dropDegenerateStances(doc);
  }
  for (const entry of state.entries(into)) mark(entry, 'corrected', by);
}

function rejectEntity(state: Working, id: string): void {
  for (const doc of state.docs) {
    doc.entities = doc.entities.filter((e) => e.id !== id);
    doc.mentions = doc.mentions.filter((m) => m.entity !== id);
    doc.relations = doc.relations.filter((r) => r.from !== id && r.to !== id);
    doc.stances = doc.stances.filter((s) => s.holder !== id && s.target !== id);
    // A rejected entity is no participant: the event stays with whoever else the text names.
    if (doc.events)
      doc.events = doc.events.map(({ actor, target, place, ...rest }) => ({
        ...rest,
        ...(actor && actor !== id ? { actor } : {}),
        ...(target && target !== id ? { target } : {}),
        ...(place && place !== id ? { place } : {}),
      }));
  }
}

/** Apply one decision; returns why it is stale, or null when it changed the graph. */
function applyOne(state: Working, line: number, decision: Decision): string | null {
  const by = decision.by;
  switch (decision.action) {
    case 'stance.confirm':
    case 'stance.reject':
    case 'stance.correct': {
      const ref = decision.stance;
      const doc = state.docs.find((x) => x.source.id === ref.source);
      if (!doc) return `no source "${ref.source}" in the graph`;
      const found = doc.stances.filter((s) => matchesStanceRef(ref, s));
      if (found.length === 0)
        return `no stance of "${ref.holder}"${ref.target ? ` about "${ref.target}"` : ''} at ${ref.source} [${ref.span[0]}, ${ref.span[1]}) with that quote: the text or its extraction changed`;
      if (found.length > 1) return `${found.length} stances of "${ref.holder}" at ${ref.source} [${ref.span[0]}, ${ref.span[1]}); name the target to say which`;
      const stance = found[0]!;
      if (decision.action === 'stance.reject') {
        doc.stances = doc.stances.filter((s) => s !== stance);
        return null;
      }
      if (decision.action === 'stance.confirm') {
        mark(stance, 'confirmed', by);
        return null;
      }
      const holder = decision.holder ?? stance.holder;
      const target = decision.target ?? stance.target;
      for (const id of [holder, target]) if (!state.hasEntity(id)) return `no entity "${id}" in the graph to be the stance's ${id === holder ? 'holder' : 'target'}`;
      if (holder === target) return `the holder and the target would be one entity ("${holder}")`;
      state.ensureListed(doc, holder);
      state.ensureListed(doc, target);
      const corrected = relink(stance, holder, target);
      if (decision.polarity) corrected.polarity = decision.polarity;
      if (decision.code) corrected.code = decision.code;
      mark(corrected, 'corrected', by);
      doc.stances = doc.stances.map((s) => (s === stance ? corrected : s));
      dropDegenerateStances(doc);
      return null;
    }
    case 'entity.merge': {
      if (decision.entity === decision.into) return 'an entity cannot be merged into itself';
      for (const id of [decision.entity, decision.into]) if (!state.hasEntity(id)) return `no entity "${id}" in the graph`;
      const apart = state.keptApart.get(pairKey(decision.entity, decision.into));
      if (apart !== undefined) return `line ${apart} keeps "${decision.entity}" and "${decision.into}" apart`;
      mergeEntity(state, decision.entity, decision.into, by);
      return null;
    }
    case 'entity.keep-apart': {
      if (decision.entity === decision.other) return 'an entity cannot be kept apart from itself';
      state.keptApart.set(pairKey(decision.entity, decision.other), line);
      // Resolution has already honoured it (resolveAcrossDocuments); it judges something only while both are there.
      for (const id of [decision.entity, decision.other]) if (!state.hasEntity(id)) return `no entity "${id}" in the graph`;
      return null;
    }
    case 'entity.set-kind':
    case 'entity.set-qid':
    case 'entity.rename':
    case 'entity.add-alias':
    case 'entity.reject': {
      const entries = state.entries(decision.entity);
      if (entries.length === 0) return `no entity "${decision.entity}" in the graph`;
      if (decision.action === 'entity.reject') {
        rejectEntity(state, decision.entity);
        return null;
      }
      for (const entry of entries) {
        if (decision.action === 'entity.set-kind') entry.kind = decision.kind;
        else if (decision.action === 'entity.set-qid') {
          if (decision.wikidata) entry.wikidata = decision.wikidata;
          else delete entry.wikidata;
        } else if (decision.action === 'entity.rename') {
          if (entry.label !== decision.label) entry.aliases = [...new Set([...entry.aliases, entry.label])].filter((a) => a !== decision.label).sort(compare);
          entry.label = decision.label;
        } else if (!entry.aliases.includes(decision.alias) && entry.label !== decision.alias) entry.aliases = [...entry.aliases, decision.alias].sort(compare);
        mark(entry, 'corrected', by);
      }
      return null;
    }
    case 'relation.confirm':
    case 'relation.reject': {
      let found = 0;
      for (const doc of state.docs) {
        const matching = doc.relations.filter((r) => relationEdgeKey(r.type, r.from, r.to) === decision.relation);
        found += matching.length;
        if (decision.action === 'relation.reject') doc.relations = doc.relations.filter((r) => !matching.includes(r));
        else for (const r of matching) mark(r, 'confirmed', by);
      }
      return found === 0 ? `no relation "${decision.relation}" in the graph` : null;
    }
  }
}

/**
 * The extractions with the decisions applied, and what was applied or stale.
 * @example applyDecisions(resolveAcrossDocuments(stored), readDecisionsFile('import/review/decisions.jsonl'))
 */
export function applyDecisions(extractions: readonly DocumentExtraction[], decisions: readonly NumberedDecision[]): AppliedDecisions {
  if (decisions.length === 0) return { extractions: [...extractions], review: { applied: 0, stale: [] } };
  const state = new Working(extractions);
  const stale: StaleDecision[] = [];
  let applied = 0;
  for (const { line, decision } of decisions) {
    const reason = applyOne(state, line, decision);
    if (reason === null) applied += 1;
    else stale.push({ line, decision, reason });
  }
  return { extractions: state.docs, review: { applied, stale } };
}
