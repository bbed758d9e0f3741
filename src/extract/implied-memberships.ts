/**
 * A country's membership of an international body that a sentence implies without stating it:
 * "Kazakhstan called on CSTO forces", "Kazakhstan can take a leading role in the CIS". The
 * country acts in the sentence (it is its subject: the first name, with no preposition before
 * it) and the gazetteer knows it is a member, so the relation is marked `via: "gazetteer"`, with
 * no quote pretending a sentence says it. A country only named beside the body ("cooperation
 * between the UN and Turkmenistan", "an expert of the UN ... in Tajikistan") implies nothing. Pure.
 */
import type { Relation } from '../../schema/records';
import type { ResolvedMention } from './resolved-mention';
import type { RelationContext } from './relation-base';

const PREPOSITION = /^(in|to|from|with|between|and|for|of|on|at|by|across|against|towards?|than|like|about|into|over)$/;

/** The country a sentence is about as its subject, if it opens with one. */
function subjectCountry(ctx: RelationContext, ms: readonly ResolvedMention[]): ResolvedMention | undefined {
  const first = ms.find((m) => m.via !== 'demonym' && m.tokenEnd > m.tokenStart);
  if (first?.kind !== 'Country') return undefined;
  const before = ctx.tokenized.tokens[first.tokenStart - 1];
  if (before && before.sentence === first.sentence && (PREPOSITION.test(before.lower) || before.text === "'s")) return undefined;
  return first;
}

export function impliedMemberships(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const country = subjectCountry(ctx, ms);
  if (!country) return;
  for (const body of ms) {
    if (body.kind !== 'Organisation' || body.start < country.end || body.known?.orgType !== 'international') continue;
    if (!ctx.knowledge.isMemberOf(country.entity, body.entity)) continue;
    out.push({ type: 'MEMBER_OF', from: country.entity, to: body.entity, confidence: 0.6, via: 'gazetteer', source: ctx.source });
  }
}
