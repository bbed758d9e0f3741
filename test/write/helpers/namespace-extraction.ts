/**
 * Puts every id of an extraction under a prefix (source, entities, stances, events' participants and every reference
 * to them), so a test can write real pipeline output into a shared Neo4j and delete exactly it.
 * Names, quotes and offsets stay as they are.
 */
import type { DocumentExtraction } from '../../../schema/records';

export function namespaceExtraction(extraction: DocumentExtraction, prefix: string): DocumentExtraction {
  const id = (value: string) => `${prefix}${value}`;
  return {
    source: { ...extraction.source, id: id(extraction.source.id) },
    entities: extraction.entities.map((e) => ({ ...e, id: id(e.id) })),
    mentions: extraction.mentions.map((m) => ({ ...m, entity: id(m.entity), source: id(m.source) })),
    relations: extraction.relations.map((r) =>
      r.via === 'gazetteer'
        ? { ...r, from: id(r.from), to: id(r.to), source: id(r.source) }
        : { ...r, from: id(r.from), to: id(r.to), evidence: { ...r.evidence, source: id(r.evidence.source) } },
    ),
    stances: extraction.stances.map((s) => ({ ...s, id: id(s.id), holder: id(s.holder), target: id(s.target), source: id(s.source) })),
    ...(extraction.events
      ? {
          events: extraction.events.map(({ actor, target, place, ...e }) => ({
            ...e,
            id: id(e.id),
            source: id(e.source),
            ...(actor ? { actor: id(actor) } : {}),
            ...(target ? { target: id(target) } : {}),
            ...(place ? { place: id(place) } : {}),
          })),
        }
      : {}),
  };
}
