/**
 * Where a named place or event lies, from the gazetteer: "Dushanbe" is in Tajikistan, "the
 * Andijan massacre" happened in Andijan. A text that names a city and its country does not need
 * to say the one is in the other for a reader to know it, so the relation belongs to the
 * document; but no sentence states it, so it is marked `via: "gazetteer"` with the source and no
 * quote. It is added only when the document names both ends: a country the text never mentions
 * would be an entity of the gazetteer's, not of the text's. A sentence that does state it
 * ("Osh in southern Kyrgyzstan") replaces it (see `dedupeRelations`). Pure.
 */
import type { Relation } from '../../schema/records';
import type { RelationContext } from './relation-base';

const CONTAINED_KINDS = new Set(['City', 'Region']);

export function gazetteerPlaceRelations(ctx: RelationContext): Relation[] {
  const named = new Set<string>();
  for (const m of ctx.mentions) if (m.via !== 'pronoun' && m.via !== 'speaker' && m.via !== 'demonym') named.add(m.entity);
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (const m of ctx.mentions) {
    const known = m.known;
    if (!known || known.id !== m.entity || m.via === 'demonym' || m.via === 'pronoun') continue;
    // An event lies in the most precise place the text names: "Zhanaozen" before "Kazakhstan".
    const places = CONTAINED_KINDS.has(m.kind) ? [known.country] : m.kind === 'Event' ? [known.location, known.country] : [];
    const place = places.find((p) => p !== undefined && p !== m.entity && named.has(p));
    if (!place || seen.has(`${m.entity}|${place}`)) continue;
    seen.add(`${m.entity}|${place}`);
    out.push({ type: 'LOCATED_IN', from: m.entity, to: place, confidence: 0.6, via: 'gazetteer', source: ctx.source });
  }
  return out;
}
