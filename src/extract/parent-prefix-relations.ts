/**
 * A body whose name opens with the name of a known body it belongs to: "EU Delegation",
 * "UN country team", "OSCE Permanent Council", "IWPR staff". The gazetteer does not know the
 * part, only the whole; the name states the tie, so the relation is textual with the name as its
 * evidence. Countries and places are no such prefix ("Kazakhstan Airlines" is no part of the
 * state), nor is a known body named in full ("UN Women" is its own entry). Pure.
 */
import type { Relation } from '../../schema/records';
import type { ResolvedMention } from './resolved-mention';
import { relation, type RelationContext } from './relation-base';
import { relationPatterns } from './relation-patterns';

const PART_KINDS = new Set(['Organisation', 'Group']);

export function parentPrefixRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (const m of ms) {
    if (!PART_KINDS.has(m.kind) || m.known || m.parentInName || m.via !== 'name' || m.tokenEnd - m.tokenStart < 2) continue;
    const texts = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
    const match = ctx.knowledge.matchAt(texts, 0);
    if (!match || match.demonym || match.length >= texts.length || match.entity.kind !== 'Organisation' || match.entity.orgType !== 'international') continue;
    // The part must be a body or a group by its own head word: "EU Delegation", not "EU Statement".
    // The head may stand before the place a name ends with: "EU Delegation to Tajikistan".
    const heads = tokens.slice(m.tokenStart + match.length, m.tokenEnd).map((t) => t.lower);
    const headed = (w: string) => ctx.knowledge.orgHeadWords.has(w) || relationPatterns().seatHeads.has(w);
    if (m.kind !== 'Group' && !headed(heads[heads.length - 1]!) && !heads.some((w) => relationPatterns().placeInNameHeads.has(w))) continue;
    const parent = ctx.kindOf(match.entity.id) ? match.entity.id : ctx.knownEntity?.(match.entity);
    if (parent && parent !== m.entity) out.push(relation(ctx, 'PART_OF', m.entity, parent, m.start, m.end, 0.75));
  }
}
