/**
 * Cross-document identity. Gazetteer entities already share keys (their QIDs); this pass joins
 * the rest: a name one source writes in full and another shortens ("Aida Bekova" /
 * "Bekova"), or an acronym one source expands ("CPJ" / "Committee to Protect Journalists (CPJ)").
 * The fuller form wins. Pure: extractions in, re-keyed extractions out.
 *
 * A bare surname is weak evidence: an archive of Central Asia reporting holds many Karimovs. It
 * joins a full name from another source only when the two share context and the surname's own
 * source names no other person with that surname. Shared context is one entity both are linked
 * to or named with in one paragraph (an organisation, a country) or one role, or else at least
 * two entities their sources both name (the Kyrgyz parliament and Kyrgyzstan): one country
 * alone is what most texts of the region share.
 */
import { normaliseName, stanceKey } from '../../schema/keys';
import type { DocumentExtraction, Entity, ReportedEvent } from '../../schema/records';

interface Candidate {
  id: string;
  kind: Entity['kind'];
  label: string;
  names: Set<string>;
}

function isGazetteerKey(id: string): boolean {
  return !id.startsWith('n:');
}

/**
 * Characters either side of a mention within which a co-mention counts, if no paragraph ends
 * between: news paragraphs name the body in one sentence and the person's act in the next
 * ("The parliament passed the law. Bekova criticised the vote.").
 */
const CONTEXT_WINDOW = 600;
const PARAGRAPH_BREAK = /\n\s*\n/;

function lastName(label: string): string {
  const parts = normaliseName(label).split('-');
  return parts[parts.length - 1]!;
}

/**
 * What each person is tied to in one document: the entities its relations and stances link it
 * to, the non-person entities named in the same paragraph, and its roles ("role:ambassador").
 */
export function personContexts(x: DocumentExtraction): Map<string, Set<string>> {
  const kinds = new Map(x.entities.map((e) => [e.id, e.kind]));
  const out = new Map<string, Set<string>>();
  const add = (person: string, what: string) => {
    if (kinds.get(person) !== 'Person') return;
    let set = out.get(person);
    if (!set) out.set(person, (set = new Set()));
    set.add(what);
  };
  for (const r of x.relations) {
    if (kinds.get(r.to) !== 'Person') add(r.from, r.to);
    if (kinds.get(r.from) !== 'Person') add(r.to, r.from);
    if (r.role) add(r.from, `role:${r.role.toLowerCase().replace(/^(former|acting|ex-|then)\s*/, '')}`);
  }
  for (const st of x.stances) {
    if (kinds.get(st.target) !== 'Person') add(st.holder, st.target);
    if (kinds.get(st.holder) !== 'Person') add(st.target, st.holder);
  }
  const mentions = [...x.mentions].sort((a, b) => a.span[0] - b.span[0]);
  const text = x.source.text;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (kinds.get(m.entity) !== 'Person') continue;
    for (const dir of [-1, 1]) {
      for (let j = k + dir; j >= 0 && j < mentions.length; j += dir) {
        const o = mentions[j]!;
        const [from, to] = dir > 0 ? [m.span[1], o.span[0]] : [o.span[1], m.span[0]];
        if (to - from > CONTEXT_WINDOW || PARAGRAPH_BREAK.test(text.slice(Math.max(0, from), Math.max(from, to)))) break;
        if (kinds.get(o.entity) !== 'Person') add(m.entity, o.entity);
      }
    }
  }
  return out;
}

/**
 * What cross-document identity needs of one document: its entities and what each person is tied
 * to. Small and without the text, so it is kept per document and the identity of a whole archive
 * is worked out again without reading any stored extraction.
 */
export interface IdentitySummary {
  source: string;
  entities: Pick<Entity, 'id' | 'kind' | 'label' | 'aliases'>[];
  /** personContexts of the document, as [person, what] pairs, sorted. */
  contexts: [string, string[]][];
}

export function identitySummary(x: DocumentExtraction): IdentitySummary {
  const contexts: [string, string[]][] = [...personContexts(x)].map(([person, set]) => [person, [...set].sort()]);
  contexts.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { source: x.source.id, entities: x.entities.map((e) => ({ id: e.id, kind: e.kind, label: e.label, aliases: [...e.aliases] })), contexts };
}

/** Map from entity key to the key it should be merged into. */
export function crossDocumentKeyMap(extractions: readonly DocumentExtraction[]): Map<string, string> {
  return keyMapOfSummaries(extractions.map(identitySummary));
}

/** The same map from the documents' summaries, taken in the order given (source-id order in the pipeline). */
export function keyMapOfSummaries(extractions: readonly IdentitySummary[]): Map<string, string> {
  const candidates = new Map<string, Candidate>();
  const context = new Map<string, Set<string>>();
  /** Non-person entities of the sources each person appears in. */
  const around = new Map<string, Set<string>>();
  /** Surnames of persons named in full, per document: a bare surname there is ambiguous. */
  const fullSurnamesIn = new Map<string, Map<string, number>>();
  /** Documents each entity appears in. */
  const docsOf = new Map<string, string[]>();
  for (const x of extractions) {
    for (const [person, set] of x.contexts) {
      const all = context.get(person) ?? new Set();
      for (const s of set) all.add(s);
      context.set(person, all);
    }
    const named = x.entities.filter((e) => e.kind !== 'Person').map((e) => e.id);
    for (const e of x.entities) {
      if (e.kind !== 'Person') continue;
      const all = around.get(e.id) ?? new Set();
      for (const id of named) all.add(id);
      around.set(e.id, all);
    }
    const counts = new Map<string, number>();
    for (const e of x.entities) if (e.kind === 'Person' && normaliseName(e.label).includes('-')) counts.set(lastName(e.label), (counts.get(lastName(e.label)) ?? 0) + 1);
    fullSurnamesIn.set(x.source, counts);
    for (const e of x.entities) {
      const docs = docsOf.get(e.id) ?? [];
      docs.push(x.source);
      docsOf.set(e.id, docs);
    }
    for (const e of x.entities) {
      let c = candidates.get(e.id);
      if (!c) candidates.set(e.id, (c = { id: e.id, kind: e.kind, label: e.label, names: new Set() }));
      for (const name of [e.label, ...e.aliases]) c.names.add(normaliseName(name));
    }
  }
  const byName = new Map<string, Candidate[]>();
  for (const c of candidates.values()) {
    for (const name of c.names) {
      const list = byName.get(name) ?? [];
      list.push(c);
      byName.set(name, list);
    }
  }
  const surnames = new Map<string, Candidate[]>();
  for (const c of candidates.values()) {
    if (c.kind !== 'Person') continue;
    const parts = normaliseName(c.label).split('-');
    if (parts.length < 2) continue;
    const list = surnames.get(parts[parts.length - 1]!) ?? [];
    list.push(c);
    surnames.set(parts[parts.length - 1]!, list);
  }
  const map = new Map<string, string>();
  for (const c of candidates.values()) {
    if (isGazetteerKey(c.id)) continue;
    const own = normaliseName(c.label);
    // Others that list this entity's label among their names, of the same kind.
    let fuller = (byName.get(own) ?? []).filter((o) => o.id !== c.id && o.kind === c.kind && (isGazetteerKey(o.id) || o.label.length > c.label.length));
    const bareSurname = c.kind === 'Person' && !own.includes('-');
    if (fuller.length === 0 && bareSurname) fuller = (surnames.get(own) ?? []).filter((o) => o.id !== c.id);
    if (bareSurname) {
      // Another person with this surname in the surname's own source makes it ambiguous there.
      const ambiguous = (docsOf.get(c.id) ?? []).some((doc) => (fullSurnamesIn.get(doc)?.get(own) ?? 0) > 0);
      const mine = context.get(c.id) ?? new Set<string>();
      const mineAround = around.get(c.id) ?? new Set<string>();
      const shares = (o: Candidate) =>
        [...(context.get(o.id) ?? [])].some((what) => mine.has(what)) || [...(around.get(o.id) ?? [])].filter((id) => mineAround.has(id)).length >= 2;
      fuller = ambiguous ? [] : fuller.filter(shares);
    }
    const targets = new Set(fuller.map((o) => o.id));
    if (targets.size === 1) map.set(c.id, [...targets][0]!);
  }
  // Follow chains so every key maps to its final form.
  for (const [from, to] of map) {
    let end = to;
    const seen = new Set([from]);
    while (map.has(end) && !seen.has(end)) {
      seen.add(end);
      end = map.get(end)!;
    }
    map.set(from, end);
  }
  return map;
}

function rekey(x: DocumentExtraction, map: ReadonlyMap<string, string>): DocumentExtraction {
  const key = (id: string) => map.get(id) ?? id;
  const merged = new Map<string, Entity>();
  for (const e of x.entities) {
    const id = key(e.id);
    const seen = merged.get(id);
    if (!seen) {
      merged.set(id, { ...e, id });
      continue;
    }
    const longer = e.label.length > seen.label.length ? e.label : seen.label;
    const names = new Set([...seen.aliases, ...e.aliases, seen.label, e.label]);
    names.delete(longer);
    merged.set(id, { ...seen, label: longer, aliases: [...names].sort() });
  }
  return {
    ...x,
    entities: [...merged.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    mentions: x.mentions.map((m) => ({ ...m, entity: key(m.entity) })),
    relations: x.relations.map((r) => ({ ...r, from: key(r.from), to: key(r.to) })).filter((r) => r.from !== r.to),
    stances: x.stances
      .map((s) => ({ ...s, holder: key(s.holder), target: key(s.target), id: stanceKey(s.source, s.span, key(s.holder), key(s.target)) }))
      .filter((s) => s.holder !== s.target),
    ...(x.events ? { events: rekeyEvents(x.events, key) } : {}),
  };
}

/** Events keep their key (where they are stated); their participants follow the key map, a target merged into its actor is dropped. */
export function rekeyEvents(events: readonly ReportedEvent[], key: (id: string) => string): ReportedEvent[] {
  return events.map((e) => {
    const { actor, target, place, ...rest } = e;
    const a = actor === undefined ? undefined : key(actor);
    const t = target === undefined ? undefined : key(target);
    const p = place === undefined ? undefined : key(place);
    return { ...rest, ...(a ? { actor: a } : {}), ...(t && t !== a ? { target: t } : {}), ...(p ? { place: p } : {}) };
  });
}

/**
 * The label each entity key takes across documents: the last document (in the order given) that
 * lists the key itself, not merged away. With the key map, what `resolveWithKeys` needs.
 */
export function labelsOfSummaries(summaries: readonly IdentitySummary[], map: ReadonlyMap<string, string>): Map<string, string> {
  const labelOf = new Map<string, string>();
  for (const x of summaries) for (const e of x.entities) if (!map.has(e.id)) labelOf.set(e.id, e.label);
  return labelOf;
}

/** One document re-keyed by the archive's key map and labels: what it contributes once identity is resolved. */
export function resolveWithKeys(x: DocumentExtraction, map: ReadonlyMap<string, string>, labelOf: ReadonlyMap<string, string>): DocumentExtraction {
  if (map.size === 0) return x;
  const out = rekey(x, map);
  // An entity renamed to another document's key takes that document's label, its own becomes an alias.
  out.entities = out.entities.map((e) => {
    const label = labelOf.get(e.id);
    if (!label || label === e.label) return e;
    const aliases = new Set([...e.aliases, e.label]);
    aliases.delete(label);
    return { ...e, label, aliases: [...aliases].sort() };
  });
  return out;
}

/**
 * What of the archive-wide identity one document's resolution reads: the keys its entities map to
 * and the labels of the keys it ends with. Equal for two runs, equal resolved document, so a
 * document whose signature did not change need not be resolved again.
 */
export function resolutionSignature(x: Pick<IdentitySummary, 'entities'>, map: ReadonlyMap<string, string>, labelOf: ReadonlyMap<string, string>): string {
  if (map.size === 0) return 'unchanged';
  const keys = x.entities.map((e) => map.get(e.id) ?? e.id);
  const labels = [...new Set(keys)].sort().map((id) => [id, labelOf.get(id) ?? null]);
  return JSON.stringify([x.entities.map((e, k) => [e.id, keys[k]]), labels]);
}

/**
 * Re-key every extraction so one real-world entity has one key across all documents.
 * Entities that only other documents name in full take that fuller name's key (and label);
 * `keepApart` names pairs of keys never to join (an analyst's `entity.keep-apart` decisions).
 */
export function resolveAcrossDocuments(extractions: readonly DocumentExtraction[], keepApart: readonly (readonly [string, string])[] = []): DocumentExtraction[] {
  const summaries = extractions.map(identitySummary);
  const found = keyMapOfSummaries(summaries);
  const map = keepApart.length > 0 ? withoutKeptApart(found, keepApart) : found;
  const labelOf = labelsOfSummaries(summaries, map);
  return extractions.map((x) => resolveWithKeys(x, map, labelOf));
}

/**
 * The key map without the joins an analyst ruled out (`entity.keep-apart` decisions): an entity
 * kept apart from another stays itself when it would be joined to that other, or to the key that
 * other is joined to.
 */
export function withoutKeptApart(map: ReadonlyMap<string, string>, keepApart: readonly (readonly [string, string])[]): Map<string, string> {
  const partners = new Map<string, string[]>();
  for (const [a, b] of keepApart) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  const out = new Map<string, string>();
  for (const [from, to] of map) {
    const ruledOut = (partners.get(from) ?? []).some((other) => other === to || map.get(other) === to);
    if (!ruledOut) out.set(from, to);
  }
  return out;
}
