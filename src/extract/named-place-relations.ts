/**
 * Relations a name states about the place it ends with, or that follows it: "the Committee for
 * Environmental Protection of Tajikistan" is an organ of that state (PART_OF), "the OSCE Programme
 * Office in Dushanbe" and "the EU Delegation to Tajikistan" sit there (BASED_IN), "the 2020
 * parliamentary elections in Kyrgyzstan" and "the Astana summit" happened there (LOCATED_IN).
 * The head words that decide which are data (`relation-patterns.json`); the evidence is the name,
 * or the name with the words that place it. Pure.
 */
import type { RelationType } from '../../schema/enums';
import type { Relation } from '../../schema/records';
import type { ResolvedMention } from './resolved-mention';
import type { KnownEntity } from './knowledge';
import { relation, type RelationContext } from './relation-base';
import { relationPatterns } from './relation-patterns';
import type { Token } from './tokenize';

const PLACE_KINDS = new Set(['City', 'Region', 'Country']);
/** Kinds of bodies a country has but that are no part of its state. */
const NON_STATE_TYPES = new Set(['party', 'ngo', 'think-tank', 'media', 'platform', 'company', 'international']);

/** The known place that the tokens [from, to) name exactly ("the Kyrgyz Republic", "Dushanbe"). */
function placeNamed(ctx: RelationContext, tokens: readonly Token[], from: number, to: number): KnownEntity | undefined {
  const start = tokens[from]?.lower === 'the' ? from + 1 : from;
  if (start >= to) return undefined;
  const texts = tokens.slice(start, to).map((t) => t.text);
  const match = ctx.knowledge.matchAt(texts, 0);
  if (!match || match.length !== texts.length || match.demonym || !PLACE_KINDS.has(match.entity.kind)) return undefined;
  if (!ctx.kindOf(match.entity.id) && !ctx.knownEntity?.(match.entity)) return undefined;
  return match.entity;
}

/** Which relation a body or event has to the place after its preposition, by the name's head words. */
function typeFor(m: ResolvedMention, heads: readonly string[], preposition: string, place: KnownEntity): RelationType | undefined {
  const { stateBodyHeads, seatHeads, eventHeads } = relationPatterns();
  if (m.kind === 'Event' || heads.some((w) => eventHeads.has(w))) return preposition === 'in' ? 'LOCATED_IN' : undefined;
  if (m.kind !== 'Organisation') return undefined;
  if (heads.some((w) => seatHeads.has(w)) && (preposition === 'in' || preposition === 'to')) return 'BASED_IN';
  const stateBody = preposition === 'of' && place.kind === 'Country' && heads.some((w) => stateBodyHeads.has(w));
  return stateBody && !NON_STATE_TYPES.has(m.known?.orgType ?? '') ? 'PART_OF' : undefined;
}

/** "<name> of|in|to <place>", the place inside the name or right after it. */
function placeAfterName(ctx: RelationContext, m: ResolvedMention, out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  // Inside the name: the last "of", "in" or "to" whose rest is a known place.
  for (let j = m.tokenEnd - 2; j > m.tokenStart; j--) {
    const preposition = tokens[j]!.lower;
    if (!/^(of|in|to)$/.test(preposition)) continue;
    const place = placeNamed(ctx, tokens, j + 1, m.tokenEnd);
    if (!place || place.id === m.entity) continue;
    const type = typeFor(
      m,
      tokens.slice(m.tokenStart, j).map((t) => t.lower),
      preposition,
      place,
    );
    if (type) out.push(relation(ctx, type, m.entity, place.id, m.start, m.end, 0.8));
    return;
  }
}

/** "the EU Delegation to Tajikistan" where the name stops before the place: the place mention follows. */
function placeMentionAfter(ctx: RelationContext, m: ResolvedMention, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  const preposition = tokens[m.tokenEnd]?.lower ?? '';
  if (!/^(in|to)$/.test(preposition)) return;
  const at = tokens[m.tokenEnd + 1]?.lower === 'the' ? m.tokenEnd + 2 : m.tokenEnd + 1;
  const place = ms.find((p) => p.tokenStart === at && PLACE_KINDS.has(p.kind) && p.via !== 'demonym');
  if (!place?.known || place.entity === m.entity) return;
  const type = typeFor(
    m,
    tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.lower),
    preposition,
    place.known,
  );
  // After the name, only a seat is read: "elections in Kyrgyzstan" as separate mentions is `locationRelations`' case.
  if (type === 'BASED_IN') out.push(relation(ctx, type, m.entity, place.entity, m.start, place.end, 0.75));
}

/** "the Astana summit", "the 2019 Tashkent forum": an event name that starts with its place. */
function placeBeforeEvent(ctx: RelationContext, m: ResolvedMention, out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  if (!relationPatterns().eventHeads.has(tokens[m.tokenEnd - 1]!.lower)) return;
  let from = m.tokenStart;
  while (from < m.tokenEnd - 1 && (/^\d{4}$/.test(tokens[from]!.text) || tokens[from]!.lower === 'the')) from++;
  for (let to = m.tokenEnd - 1; to > from; to--) {
    const place = placeNamed(ctx, tokens, from, to);
    if (place && place.id !== m.entity) {
      out.push(relation(ctx, 'LOCATED_IN', m.entity, place.id, m.start, m.end, 0.75));
      return;
    }
  }
}

export function namedPlaceRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  for (const m of ms) {
    if ((m.kind !== 'Organisation' && m.kind !== 'Event') || m.via === 'demonym' || m.tokenEnd - m.tokenStart < 1) continue;
    if (m.tokenEnd - m.tokenStart >= 3) placeAfterName(ctx, m, out);
    if (m.kind === 'Organisation') placeMentionAfter(ctx, m, ms, out);
    if (m.tokenEnd - m.tokenStart >= 2) placeBeforeEvent(ctx, m, out);
  }
}
