/**
 * Words that stand for something else: a capital acting for its country ("Tashkent's decision"),
 * a seat for the body it hosts ("Brussels deserves credit"), generic troops for the one armed
 * force a text names. Mutates the mentions in place, before relations and stances are read.
 */
import { addKnownEntity, type LocalEntity } from './resolve-names';
import type { ResolvedMention } from './resolved-mention';
import type { Knowledge } from '../extract/knowledge';
import type { Token } from '../extract/tokenize';

/**
 * "Tashkent's decision", "Washington will listen", "Moscow says": a capital acting or owning
 * stands for its country. A capital after a preposition ("in Tashkent") stays a place.
 */
export function capitalsAsCountries(mentions: ResolvedMention[], tokens: readonly Token[], entities: Map<string, LocalEntity>, knowledge: Knowledge): void {
  // Built once: which entities the text names, and which international body sits in which city.
  const named = new Set(mentions.map((o) => o.entity));
  const seatOf = new Map<string, ResolvedMention>();
  for (const o of mentions) {
    if (o.known?.kind === 'Organisation' && o.known.orgType === 'international' && o.known.basedIn && !seatOf.has(o.known.basedIn)) seatOf.set(o.known.basedIn, o);
  }
  for (const m of mentions) {
    const country = m.known?.capitalOf;
    if (m.kind !== 'City' || !country || m.via === 'demonym') continue;
    const prev = tokens[m.tokenStart - 1];
    if (prev && /^(in|at|from|to|near|of|into|via|outside|around|across|between|and|,)$/i.test(prev.lower)) continue;
    const next = tokens[m.tokenEnd];
    // Acting ("Tashkent decided", "Tashkent's decision") or acted upon ("urged Ashgabat to free ...").
    const acts =
      (next && (/^[’']s$/.test(next.lower) || next.pos === 'VERB' || next.pos === 'AUX') && next.sentence === tokens[m.tokenStart]!.sentence) ||
      (prev?.pos === 'VERB' && prev.sentence === tokens[m.tokenStart]!.sentence);
    if (!acts) continue;
    // "Brussels deserves credit" in a text about the EU: the seat stands for the body, unless the
    // text names the country whose capital it is.
    const seated = seatOf.get(m.entity);
    const entry = seated && !named.has(country) ? seated.known! : knowledge.byKey(country);
    if (!entry) continue;
    addKnownEntity(entities, entry);
    m.entity = entry.id;
    m.kind = entry.kind;
    m.known = entry;
    m.via = 'alias';
  }
}

export const MILITARY = /\b(forces|troops|peacekeepers|peacekeeping|contingent|soldiers|servicemen)\b/i;

/**
 * "The troops must withdraw" in a text that names one armed force, known to the gazetteer ("CSTO
 * peacekeeping forces") or, when the gazetteer knows none, qualified by its country ("Russian
 * peacekeepers"): the generic words mean that force. With two or more the text stays as written.
 */
export function troopsAsTheNamedForce(mentions: ResolvedMention[], entities: Map<string, LocalEntity>): void {
  // A force the gazetteer knows comes first; a force qualified by its country only when none is known.
  const known = [...new Set(mentions.filter((m) => m.kind === 'Group' && m.known && MILITARY.test(m.known.label)).map((m) => m.entity))];
  const qualified = [...new Set(mentions.filter((m) => m.kind === 'Group' && !m.known && m.country && MILITARY.test(m.label ?? m.surface)).map((m) => m.entity))];
  const named = known.length > 0 ? known : qualified;
  if (named.length !== 1) return;
  const force = entities.get(named[0]!)!;
  for (const m of mentions) {
    if (m.kind !== 'Group' || m.known || m.country || !MILITARY.test(m.label ?? '') || /security forces/i.test(m.label ?? '')) continue;
    const generic = entities.get(m.entity);
    force.surfaces.add(m.surface.replace(/\s+/g, ' '));
    m.entity = force.id;
    if (generic && !mentions.some((o) => o.entity === generic.id)) entities.delete(generic.id);
  }
}
