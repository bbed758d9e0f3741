/**
 * A title "of" a body or a country written before the person who holds it: "the President of
 * Kyrgyzstan, Sadyr Japarov", "the new chair of the water council, Aida Bekova", "Acting
 * Director of the Osh Legal Centre, Timur Asanov", "Prime Minister of Tajikistan Kokhir
 * Rasulzoda". Heads, chairs, directors and presidents lead (LEADS); a post in a country is work for
 * its government; the role is kept as written. Pure.
 */
import type { Relation } from '../../schema/records';
import type { ResolvedMention } from './resolved-mention';
import { relation, textOf, type RelationContext } from './relation-base';
import { matchTitleEndingAt } from './title-match';

const BODY_KINDS = new Set(['Organisation', 'Country']);
/** Words before a title that qualify it without changing the office: "the new head", "the acting director". */
const QUALIFIERS = /^(former|acting|interim|new|current|incumbent|late|then|outgoing|incoming)$/;

export function titleOfRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (const p of ms) {
    if (p.kind !== 'Person' || p.via === 'pronoun') continue;
    const end = tokens[p.tokenStart - 1]?.text === ',' ? p.tokenStart - 1 : p.tokenStart;
    const body = ms.find((m) => m.tokenEnd === end && BODY_KINDS.has(m.kind) && m.via !== 'demonym' && m.entity !== p.entity);
    if (!body) continue;
    const of = tokens[body.tokenStart - 1]?.lower === 'the' ? body.tokenStart - 2 : body.tokenStart - 1;
    if (tokens[of]?.lower !== 'of' || tokens[of]!.sentence !== p.sentence) continue;
    const title = matchTitleEndingAt(tokens, of, ctx.knowledge.titles);
    if (!title || title.info.relation === 'occupation') continue;
    let start = title.start;
    while (start > 0 && QUALIFIERS.test(tokens[start - 1]!.lower)) start--;
    const role = textOf(ctx.text, tokens, start, of);
    const begin = tokens[start]!.start;
    if (title.info.relation === 'leads') {
      out.push(relation(ctx, 'LEADS', p.entity, body.entity, begin, p.end, 0.8, role));
      continue;
    }
    const employer = body.kind === 'Country' ? ctx.governmentOf(body.entity) : body.entity;
    if (employer) out.push(relation(ctx, 'WORKS_FOR', p.entity, employer, begin, p.end, 0.75, role));
  }
}
