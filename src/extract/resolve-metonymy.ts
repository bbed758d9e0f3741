/**
 * Words that stand for something else: a capital acting for its country ("Tashkent's decision"),
 * a seat for the body it hosts ("Brussels deserves credit"), generic troops for the one armed
 * force a text names. Each rule returns new mentions and a new entity map and leaves its arguments
 * as they were; both run before relations and stances are read.
 */
import { addKnownEntity, type LocalEntity } from './resolve-names';
import type { ResolvedMention } from './resolved-mention';
import type { Knowledge, KnownEntity } from './knowledge';
import type { Token } from './tokenize';

/**
 * "Tashkent's decision", "Washington will listen", "Moscow says": a capital acting or owning
 * stands for its country. A capital after a preposition ("in Tashkent") stays a place.
 */
export function capitalsAsCountries(
  mentions: readonly ResolvedMention[],
  tokens: readonly Token[],
  entities: ReadonlyMap<string, LocalEntity>,
  knowledge: Knowledge,
): { mentions: ResolvedMention[]; entities: Map<string, LocalEntity> } {
  // Built once: which entities the text names, and which international body sits in which city.
  const named = new Set(mentions.map((o) => o.entity));
  const seatOf = new Map<string, ResolvedMention>();
  for (const o of mentions) {
    if (o.known?.kind === 'Organisation' && o.known.orgType === 'international' && o.known.basedIn && !seatOf.has(o.known.basedIn)) seatOf.set(o.known.basedIn, o);
  }
  // "Moscow and Bishkek will retain a good relationship": two capitals joined by "and" act together.
  const capitalStarts = new Map<number, ResolvedMention>();
  const capitalEnds = new Map<number, ResolvedMention>();
  for (const o of mentions) {
    if (o.kind !== 'City' || !o.known?.capitalOf) continue;
    capitalStarts.set(o.tokenStart, o);
    capitalEnds.set(o.tokenEnd, o);
  }
  const out = new Map(entities);
  const result = mentions.map((m) => {
    const joined = tokens[m.tokenStart - 1]?.lower === 'and' ? capitalEnds.get(m.tokenStart - 1) : undefined;
    const partner = tokens[m.tokenEnd]?.lower === 'and' ? capitalStarts.get(m.tokenEnd + 1) : undefined;
    const span = { before: (joined ?? m).tokenStart, after: (partner ?? m).tokenEnd };
    const country = countryActingAs(m, span, tokens, named, seatOf, knowledge);
    if (!country) return m;
    addKnownEntity(out, country);
    return { ...m, entity: country.id, kind: country.kind, known: country, via: 'alias' as const };
  });
  return { mentions: result, entities: out };
}

/** The country (or the international body seated there) a capital stands for at this mention, if it acts. */
function countryActingAs(
  m: ResolvedMention,
  span: { before: number; after: number },
  tokens: readonly Token[],
  named: ReadonlySet<string>,
  seatOf: ReadonlyMap<string, ResolvedMention>,
  knowledge: Knowledge,
): KnownEntity | undefined {
  const country = m.known?.capitalOf;
  if (m.kind !== 'City' || !country || m.via === 'demonym') return undefined;
  const prev = tokens[span.before - 1];
  if (prev && /^(in|at|from|to|near|of|into|via|outside|around|across|between|and|,)$/i.test(prev.lower)) return undefined;
  const next = tokens[span.after];
  // Acting ("Tashkent decided", "Tashkent's decision") or acted upon ("urged Ashgabat to free ...").
  const acts =
    (next && (/^[’']s$/.test(next.lower) || next.pos === 'VERB' || next.pos === 'AUX') && next.sentence === tokens[m.tokenStart]!.sentence) ||
    (prev?.pos === 'VERB' && prev.sentence === tokens[m.tokenStart]!.sentence);
  if (!acts) return undefined;
  // "Brussels deserves credit" in a text about the EU: the seat stands for the body, unless the
  // text names the country whose capital it is.
  const seated = seatOf.get(m.entity);
  return seated && !named.has(country) ? seated.known! : knowledge.byKey(country);
}

export const MILITARY = /\b(forces|troops|peacekeepers|peacekeeping|contingent|soldiers|servicemen)\b/i;

/**
 * "The troops must withdraw" in a text that names one armed force, known to the gazetteer ("CSTO
 * peacekeeping forces") or, when the gazetteer knows none, qualified by its country ("Russian
 * peacekeepers"): the generic words mean that force. With two or more the text stays as written.
 */
export function troopsAsTheNamedForce(
  mentions: readonly ResolvedMention[],
  entities: ReadonlyMap<string, LocalEntity>,
): { mentions: readonly ResolvedMention[]; entities: ReadonlyMap<string, LocalEntity> } {
  // A force the gazetteer knows comes first; a force qualified by its country only when none is known.
  const known = [...new Set(mentions.filter((m) => m.kind === 'Group' && m.known && MILITARY.test(m.known.label)).map((m) => m.entity))];
  const qualified = [...new Set(mentions.filter((m) => m.kind === 'Group' && !m.known && m.country && MILITARY.test(m.label ?? m.surface)).map((m) => m.entity))];
  const named = known.length > 0 ? known : qualified;
  if (named.length !== 1) return { mentions, entities };
  const before = entities.get(named[0]!)!;
  const force: LocalEntity = { ...before, surfaces: new Set(before.surfaces) };
  const generics = new Set<string>();
  const result = mentions.map((m) => {
    if (m.kind !== 'Group' || m.known || m.country || !MILITARY.test(m.label ?? '') || /security forces/i.test(m.label ?? '')) return m;
    if (entities.has(m.entity)) generics.add(m.entity);
    force.surfaces.add(m.surface.replace(/\s+/g, ' '));
    return { ...m, entity: force.id };
  });
  const out = new Map(entities).set(force.id, force);
  // A generic entity goes when no mention is left pointing at it.
  for (const id of generics) if (id !== force.id && !result.some((m) => m.entity === id)) out.delete(id);
  return { mentions: result, entities: out };
}
