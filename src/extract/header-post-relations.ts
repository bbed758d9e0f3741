/**
 * A transcript's header names the speaker on one line and the post and body on the next:
 *
 *     Robert O. Blake, Jr.
 *     Assistant Secretary, Bureau of South and Central Asian Affairs
 *
 * The person holds the post in that body: LEADS for a post that heads it, else WORKS_FOR, with
 * both lines as evidence. Pure.
 */
import type { Relation } from '../../schema/records';
import type { ResolvedMention } from './resolved-mention';
import { relation, textOf, type RelationContext } from './relation-base';
import { leadsBody } from './knowledge';
import { matchTitleAt } from './title-match';

/** A generational suffix after a name: "Robert O. Blake, Jr.". */
const SUFFIX = String.raw`(?:jr|sr|ii|iii)\.?`;
const GENERATIONAL_SUFFIX = new RegExp(`^${SUFFIX}$`, 'iu');
/** What a name line may hold besides the name: commas, dots and a suffix. */
const NAME_LINE_REST = new RegExp(String.raw`^[\s,.]*(?:${SUFFIX})?[\s,.]*$`, 'iu');
/** A name line is short: the name and perhaps a suffix. */
const MAX_NAME_LINE = 60;

/**
 * Relations of each person named alone on a line to the post and body the next line opens with.
 * @example headerPostRelations(ctx, out) // "Robert O. Blake, Jr." / "Assistant Secretary, Bureau of ..." -> LEADS
 */
export function headerPostRelations(ctx: RelationContext, out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  const { text } = ctx;
  const byStart = new Map<number, ResolvedMention>();
  for (const m of ctx.mentions) if (m.tokenEnd > m.tokenStart && m.via !== 'pronoun' && m.via !== 'speaker') byStart.set(m.tokenStart, m);
  for (const person of byStart.values()) {
    if (person.kind !== 'Person') continue;
    // Looked for near the name only: a text without line breaks must not be scanned from every name.
    const before = text.slice(Math.max(0, person.start - MAX_NAME_LINE), person.start);
    const after = text.slice(person.end, person.end + MAX_NAME_LINE);
    const breakBefore = before.lastIndexOf('\n');
    const breakAfter = after.indexOf('\n');
    if ((breakBefore < 0 && person.start > MAX_NAME_LINE) || breakAfter < 0) continue;
    const lineStart = breakBefore < 0 ? 0 : person.start - before.length + breakBefore + 1;
    const lineEnd = person.end + breakAfter;
    if (lineEnd - lineStart > MAX_NAME_LINE) continue;
    // The name line is the name and nothing more ("Robert O. Blake, Jr.").
    const rest = text.slice(lineStart, person.start) + text.slice(person.end, lineEnd);
    if (!NAME_LINE_REST.test(rest)) continue;
    let k = person.tokenEnd;
    while (k < tokens.length && tokens[k]!.start < lineEnd) k++;
    if (k >= tokens.length || text.slice(lineEnd, tokens[k]!.start).trim() !== '') continue;
    const title = matchTitleAt(tokens, k, ctx.knowledge.titles);
    if (!title || title.info.relation === 'occupation') continue;
    // "Assistant Secretary, Bureau of ...", "Ambassador of the United States": the body right after the post.
    let at = title.end;
    if (tokens[at]?.text === ',' || /^(of|for|at)$/u.test(tokens[at]?.lower ?? '')) at++;
    if (tokens[at]?.lower === 'the') at++;
    const body = byStart.get(at);
    if (!body || (body.kind !== 'Organisation' && body.kind !== 'Country') || body.via === 'demonym') continue;
    const role = textOf(text, tokens, k, title.end);
    if (body.kind === 'Organisation' && leadsBody(title.info, body.surface)) {
      out.push(relation(ctx, 'LEADS', person.entity, body.entity, person.start, body.end, 0.75, role));
      continue;
    }
    const employer = body.kind === 'Country' ? ctx.governmentOf(body.entity) : body.entity;
    if (employer) out.push(relation(ctx, 'WORKS_FOR', person.entity, employer, person.start, body.end, 0.7, role));
  }
}

/**
 * "Interview by Assistant Secretary Robert O. Blake, Jr., Bureau of South and Central Asia
 * Affairs, With VOA": a post written before the name and the body set after it between commas.
 */
export function titledNameBodyRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (const p of ms) {
    if (p.kind !== 'Person' || !p.title || p.via === 'pronoun') continue;
    let at = p.tokenEnd;
    if (tokens[at]?.text !== ',') continue;
    at++;
    // ", Jr.,": the suffix of the name.
    if (GENERATIONAL_SUFFIX.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.text === ',') at += 2;
    const body = ms.find((m) => m.tokenStart === at && m.kind === 'Organisation');
    if (!body) continue;
    // The body is set off: a comma or the end of the sentence after it, not "..., Bureau chief, said".
    const after = tokens[body.tokenEnd];
    if (after && after.sentence === p.sentence && after.text !== ',') continue;
    const info = p.title.info;
    if (info.relation === 'occupation') continue;
    const role = p.title.text;
    const start = tokens[p.title.tokenStart]!.start;
    out.push(relation(ctx, leadsBody(info, body.surface) ? 'LEADS' : 'WORKS_FOR', p.entity, body.entity, start, body.end, 0.7, role));
  }
}
