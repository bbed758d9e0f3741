/**
 * Cross-document identity. Gazetteer entities already share keys (their QIDs); this pass joins
 * the rest: a name one source writes in full and another shortens ("Aida Bekova" /
 * "Bekova"), or an acronym one source expands ("CPJ" / "Committee to Protect Journalists (CPJ)").
 * The fuller form wins. Pure: extractions in, re-keyed extractions out.
 */
import { normaliseName, stanceKey } from '../../schema/keys';
import type { DocumentExtraction, Entity } from '../../schema/records';

interface Candidate {
  id: string;
  kind: Entity['kind'];
  label: string;
  names: Set<string>;
}

function isGazetteerKey(id: string): boolean {
  return !id.startsWith('n:');
}

/** Map from entity key to the key it should be merged into. */
export function crossDocumentKeyMap(extractions: readonly DocumentExtraction[]): Map<string, string> {
  const candidates = new Map<string, Candidate>();
  for (const x of extractions) {
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
    if (fuller.length === 0 && c.kind === 'Person' && !own.includes('-')) fuller = (surnames.get(own) ?? []).filter((o) => o.id !== c.id);
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
  };
}

/**
 * Re-key every extraction so one real-world entity has one key across all documents.
 * Entities that only other documents name in full take that fuller name's key (and label).
 */
export function resolveAcrossDocuments(extractions: readonly DocumentExtraction[]): DocumentExtraction[] {
  const map = crossDocumentKeyMap(extractions);
  if (map.size === 0) return [...extractions];
  const labelOf = new Map<string, string>();
  for (const x of extractions) for (const e of x.entities) if (!map.has(e.id)) labelOf.set(e.id, e.label);
  return extractions.map((x) => {
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
  });
}
