/**
 * Relations between entities, from patterns over one sentence at a time: appositive roles
 * ("Aida Bekova, director of the Bishkek-based clinic Adilet", "X, the former head of Y" with the
 * role as written), titles before names ("President Tokayev"), possessives ("the clinic's
 * director X"), relative clauses ("X, who chairs Y"), nationality modifiers ("Kazakh lawyer
 * Aigul Serikova"), "X-based", membership ("other CSTO member states", "X is a member of Y",
 * "X joined the Y party", a post in a party), parts and places ("Khorog, the centre of region
 * R", "the R region of C"). Every relation carries the span of the words that state it. Pure.
 */
import type { Relation } from '../../schema/records';
import type { RelationType } from '../../schema/enums';
import type { ResolvedMention } from './resolved-mention';
import { gazetteerPlaceRelations } from './gazetteer-place-relations';
import { impliedMemberships } from './implied-memberships';
import { namedPlaceRelations } from './named-place-relations';
import { parentPrefixRelations } from './parent-prefix-relations';
import { relationPatterns } from './relation-patterns';
import { headerPostRelations, titledNameBodyRelations } from './header-post-relations';
import { titleOfRelations } from './title-of-relations';
import { relation, textOf, type RelationContext } from './relation-base';
import { type Knowledge, leadsBody } from './knowledge';
import { matchTitleAt, matchTitleEndingAt } from './title-match';
import type { Token } from './tokenize';
import { isPossessive, touches } from './token-tests';
import { settlementAppositionAt } from './name-cues';
import { nameCueWords } from './name-cue-lists';

export type { RelationContext } from './relation-base';

const ROLE_GLUE = new Set([',', 'a', 'an', 'the', 'at', 'of', 'to', 'for', 'with', 'from', 'in', "'s", '’s', 'and', '(', ')']);
/** Kinds of bodies a country has but that are no organ of its state. */
const NON_STATE_TYPES = new Set(['party', 'ngo', 'think-tank', 'media', 'platform', 'company']);
const PARTY_KINDS = new Set(['Organisation', 'Country']);
const MEMBERSHIP_NOUNS = nameCueWords('membership-nouns');

/** Words that qualify a role without changing what it says: "former head", "acting director". */
const ROLE_MODIFIERS = nameCueWords('role-modifiers');
/** Words a role may end in that belong to the pattern, not to the role: "head of", "adviser to". */
const ROLE_TAIL = /^(of|for|at|to|with|from|in)$/;

type RoleWords = { title: string; relation: 'leads' | 'works-for' | 'occupation'; leadsBodies?: ReadonlySet<string> };

/**
 * The words between two token positions, if they are only role words and glue ("senior policy
 * advisor to the"). The role keeps its qualifiers as written ("former head", "deputy head"); a
 * title right after another one is qualified by it, so "deputy head" is a post, not the lead.
 */
function roleBetween(text: string, tokens: readonly Token[], from: number, to: number, knowledge: Knowledge): RoleWords | undefined {
  if (to - from > 12 || to <= from) return undefined;
  let title: (RoleWords & { start: number; end: number }) | undefined;
  for (let i = from; i < to; ) {
    const t = tokens[i]!;
    const match = ROLE_GLUE.has(t.lower) ? undefined : matchTitleAt(tokens, i, knowledge.titles);
    if (match) {
      let start = i;
      let relation = match.info.relation;
      // "X, Europe and Central Asia director at Y", "director for Eastern Europe at Y": a post over one
      // region of the body is a post in it, not its lead.
      if (relation === 'leads' && (tokens[match.end]?.lower === 'for' || placeBefore(tokens, from, i, knowledge))) relation = 'works-for';
      if (title && title.end === i) {
        start = title.start;
        if (title.relation === 'works-for') relation = 'works-for';
      } else if (title && title.end === i - 1 && /^(and|&)$/.test(tokens[i - 1]!.lower)) {
        // "founder and editor of Y": coordinated posts; whoever founded or heads it leads it.
        start = title.start;
        if (title.relation === 'leads' || relation === 'leads') relation = 'leads';
      } else {
        while (start > from && (ROLE_MODIFIERS.has(tokens[start - 1]!.lower) || (tokens[start - 1]!.text === '-' && ROLE_MODIFIERS.has(tokens[start - 2]?.lower ?? '')))) start--;
      }
      let end = Math.min(match.end, to);
      while (end > start + 1 && ROLE_TAIL.test(tokens[end - 1]!.lower)) end--;
      title = { title: textOf(text, tokens, start, end), relation, start, end: match.end, ...(match.info.leadsBodies ? { leadsBodies: match.info.leadsBodies } : {}) };
      i = match.end;
      continue;
    }
    // "X, at a meeting with the chairman of Y": a phrase that opens with a preposition before any
    // title tells where X was, not what X is; the title there belongs to someone else.
    if (!title && /^(at|with|from|in|to|for)$/.test(t.lower)) return undefined;
    if (ROLE_GLUE.has(t.lower)) {
      i++;
      continue;
    }
    // Adjectives and nouns in a role ("senior", "the Bishkek-based human rights group") are fine; verbs are not.
    if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.text === '-' || t.lower === 'based' || ROLE_MODIFIERS.has(t.lower)) {
      i++;
      continue;
    }
    return undefined;
  }
  return title ? { title: title.title, relation: title.relation, ...(title.leadsBodies ? { leadsBodies: title.leadsBodies } : {}) } : undefined;
}

/** Whether the role words [from, to) name a region, a country or a city ("Europe and Central Asia" before "director"). */
function placeBefore(tokens: readonly Token[], from: number, to: number, knowledge: Knowledge): boolean {
  const words = tokens.slice(from, to).map((t) => t.text);
  for (let k = 0; k < words.length; k++) {
    const known = knowledge.matchAt(words, k);
    if (known && !known.demonym && (known.entity.kind === 'Region' || known.entity.kind === 'Country' || known.entity.kind === 'City')) return true;
  }
  return false;
}

function sentenceMentions(ctx: RelationContext): ResolvedMention[][] {
  const bySentence: ResolvedMention[][] = ctx.tokenized.sentences.map(() => []);
  // Parents named inside a name (an empty token range) only serve PART_OF through their child.
  for (const m of ctx.mentions) if (m.via !== 'pronoun' && m.via !== 'speaker' && m.tokenEnd > m.tokenStart) bySentence[m.sentence]?.push(m);
  return bySentence;
}

/** One-word and two-word copulas that state what someone is: "is", "became", "has been", "serves as". */
const COPULA_ONE = new Set(['is', 'was', 'becomes', 'became', 'remains', 'remained']);
const COPULA_TWO = new Set(['has been', 'had been', 'serves as', 'served as', 'works as', 'worked as']);

/** How many tokens of a copula start at `at` (0 when none). */
function copulaLength(tokens: readonly Token[], at: number): number {
  const one = tokens[at]?.lower ?? '';
  const two = `${one} ${tokens[at + 1]?.lower ?? ''}`;
  if (COPULA_TWO.has(two)) return 2;
  return COPULA_ONE.has(one) ? 1 : 0;
}

/** Words a post's scope may hold before its title: "Europe and Central Asia", "Media Freedom". */
const SCOPE_GLUE = new Set(['and', '&', '-']);

/**
 * The title after a scope of capitalised words ("Europe and Central Asia program coordinator",
 * "Central Asia director"): at most six words, then the title, in the same sentence.
 */
function scopedTitleAt(tokens: readonly Token[], at: number, sentence: number, titles: Knowledge['titles']): ReturnType<typeof matchTitleAt> {
  let k = at;
  while (k < at + 6 && tokens[k]?.sentence === sentence && (tokens[k]!.pos === 'PROPN' || (k > at && SCOPE_GLUE.has(tokens[k]!.lower)))) k++;
  if (k === at) return undefined;
  for (let from = k; from <= Math.min(k + 1, tokens.length - 1); from++) {
    if (tokens[from]?.sentence !== sentence) return undefined;
    const match = matchTitleAt(tokens, from, titles);
    if (match) return match;
  }
  return undefined;
}

/** Person-organisation roles in either order: "P, title at O", "O title P", "title of O P". */
function roleRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (const p of ms) {
    if (p.kind !== 'Person') continue;
    for (const o of ms) {
      if (!PARTY_KINDS.has(o.kind) || o.entity === p.entity) continue;
      const [first, second] = p.tokenStart < o.tokenStart ? [p, o] : [o, p];
      // A role attaches to the nearest body: nothing else that could employ the person in between.
      // A host country after "ambassador to" is no such body: "the Kazakh Ambassador to Russia X".
      const host = (m: ResolvedMention) => tokens[m.tokenStart - 1]?.lower === 'to' && relationPatterns().nationalTitles.has(tokens[m.tokenStart - 2]?.lower ?? '');
      if (
        ms.some((m) => m !== o && PARTY_KINDS.has(m.kind) && m.via !== 'demonym' && m.tokenStart >= first.tokenEnd && m.tokenEnd <= second.tokenStart && !(first === o && host(m)))
      )
        continue;
      // Nor another person: "U.S. Ambassador X's interview to Y" gives the title to X, not to Y.
      if (ms.some((m) => m.kind === 'Person' && m.entity !== p.entity && m.tokenStart >= first.tokenEnd && m.tokenEnd <= second.tokenStart)) continue;
      let role = roleBetween(ctx.text, tokens, first.tokenEnd, second.tokenStart, ctx.knowledge);
      // "Aida Bekova is a researcher at Y", "X has been the director of Y since 2019": a role stated by a copula.
      if (!role && first === p) {
        const copula = copulaLength(tokens, p.tokenEnd);
        const stated = copula > 0 ? roleBetween(ctx.text, tokens, p.tokenEnd + copula, second.tokenStart, ctx.knowledge) : undefined;
        // "X is a member of Y" is membership, read by its own pattern (membershipRelations).
        if (stated && !/(^|\s)members?$/i.test(stated.title)) role = stated;
      }
      let roleEnd = second.end;
      // "Anna Berg, the EU ambassador to Tajikistan": the title follows the organisation.
      if (!role && first === p && tokens.slice(p.tokenEnd, o.tokenStart).every((t) => t.text === ',' || /^(the|a|an)$/.test(t.lower))) {
        // "Denis Orlov, Amnesty International's acting director": a possessive and qualifiers may come first.
        let at = o.tokenEnd;
        if (tokens[at] && isPossessive(tokens[at]!) && touches(tokens[at - 1]!, tokens[at]!)) at++;
        const from = at;
        while (at < o.tokenEnd + 4 && ROLE_MODIFIERS.has(tokens[at]?.lower ?? '')) at++;
        let after = tokens[at]?.sentence === o.sentence ? matchTitleAt(tokens, at, ctx.knowledge.titles) : undefined;
        // "CPJ's Europe and Central Asia program coordinator": the region or the programme a post covers may come before its title.
        // Such a post is one branch of the body, never its lead ("CPJ's Central Asia director").
        let branch = false;
        if (!after) {
          after = scopedTitleAt(tokens, at, o.sentence, ctx.knowledge.titles);
          branch = after !== undefined;
        }
        if (after && o.tokenStart > p.tokenEnd) {
          // "director for Eastern Europe": a post over one branch or region is a post in the body, not its lead.
          const scoped = after.info.relation === 'leads' && (branch || tokens[after.end]?.lower === 'for');
          role = { title: textOf(ctx.text, tokens, from, after.end), relation: scoped ? 'works-for' : after.info.relation };
          roleEnd = tokens[after.end - 1]!.end;
        }
      }
      // "the clinic's director Aida Bekova" or "President Tokayev" with the country before.
      if (!role && second === p && p.title && p.title.tokenStart >= first.tokenEnd) {
        const gapOk = roleBetween(ctx.text, tokens, first.tokenEnd, p.tokenStart, ctx.knowledge);
        if (gapOk) role = gapOk;
      }
      if (!role) continue;
      if (o.kind === 'Country' && role.relation !== 'leads') {
        // "Kazakhstan's Foreign Minister Murat Nurtleu": a post in the state is work for its government.
        const government = role.relation === 'works-for' ? ctx.governmentOf(o.entity) : undefined;
        // "U.S. Ambassador X": who represents a state is its national ("ambassador to <Country>" names the host).
        const words = role.title.toLowerCase().split(/\s+/);
        // "Uzbek Ambassador to Washington X": the post may name its host after the title.
        const national = words.findIndex((w) => relationPatterns().nationalTitles.has(w));
        if (first === o && national >= 0 && (national === words.length - 1 || words[national + 1] === 'to')) {
          out.push(relation(ctx, 'NATIONAL_OF', p.entity, o.entity, first.start, second.end, 0.7));
        }
        if (government) out.push(relation(ctx, 'WORKS_FOR', p.entity, government, first.start, second.end, 0.75, role.title));
        else if (o.via === 'demonym' && national < 0) out.push(relation(ctx, 'NATIONAL_OF', p.entity, o.entity, first.start, second.end, 0.8));
        continue;
      }
      // A demonym before a role describes nationality, not employment: "Kazakh human rights expert X".
      if (o.via === 'demonym') {
        out.push(relation(ctx, 'NATIONAL_OF', p.entity, o.entity, first.start, second.end, 0.8));
        // "Kyrgyz Prime Minister Daniyar Usenov": an office of one holder per state that leads it
        // leads the state, as "the Prime Minister of Kyrgyzstan, Daniyar Usenov" does.
        const office = ctx.knowledge.titles.get(role.title.toLowerCase());
        if (o.kind === 'Country' && role.relation === 'leads' && office?.singleHolder && !office.headOfState && first === o)
          out.push(relation(ctx, 'LEADS', p.entity, o.entity, first.start, second.end, 0.8, role.title));
        continue;
      }
      if (role.relation === 'occupation' && first === o) continue;
      // "a former deputy from the Ata-Meken party": a post in a party is membership of it.
      const member = /(^|\s)members?$/i.test(role.title);
      // "Assistant Secretary, Bureau of ...": a post that heads bodies of that kind leads this one.
      const heads = role.relation === 'leads' || (o.kind === 'Organisation' && leadsBody(role, o.surface));
      const type: RelationType = heads ? 'LEADS' : member || isParty(ctx, o) ? 'MEMBER_OF' : 'WORKS_FOR';
      out.push(relation(ctx, type, p.entity, o.entity, first.start, Math.max(second.end, roleEnd), 0.85, role.title));
    }
  }
}

const LEAD_VERBS = nameCueWords('leading-verbs');
const WORK_VERBS = nameCueWords('working-verbs');
/** Verbs of joining: membership of a party, an alliance or a movement, employment elsewhere. */
const JOIN_VERBS = nameCueWords('joining-verbs');
/** Organisation types a person joins as a member rather than as staff (a person who joins the UN works for it). */
const MEMBERSHIP_TYPES = new Set(['party']);

/** Whether an organisation is a party or a movement: known as one, or named as one ("the Ata-Meken party"). */
function isParty(ctx: RelationContext, m: ResolvedMention): boolean {
  if (m.known?.orgType) return m.known.orgType === 'party';
  const { tokens } = ctx.tokenized;
  return PARTY_HEADS.has(tokens[m.tokenEnd - 1]?.lower ?? '') || PARTY_HEADS.has(tokens[m.tokenEnd]?.lower ?? '');
}

/** Head words of bodies one joins as a member: "the Civic Alliance", "the Farmers' Union". */
const MEMBERSHIP_HEADS = nameCueWords('membership-heads');
/** Words that name a party or a movement as the last word of its name or right after it. */
const PARTY_HEADS = nameCueWords('party-heads');

/** Whether one joins the organisation as a member (a party, an alliance, a union) rather than as staff. */
function isMembershipBody(ctx: RelationContext, m: ResolvedMention): boolean {
  if (m.known?.orgType) return MEMBERSHIP_TYPES.has(m.known.orgType);
  return isParty(ctx, m) || MEMBERSHIP_HEADS.has(ctx.tokenized.tokens[m.tokenEnd - 1]?.lower ?? '');
}

/** The verb that tells what the person does, right after the name or after ", who": "X heads Y", "X, who chairs Y". */
function verbAfter(tokens: readonly Token[], p: ResolvedMention): number {
  if (tokens[p.tokenEnd]?.text === ',' && tokens[p.tokenEnd + 1]?.lower === 'who') {
    // "X, who currently heads Y", "X, who has long chaired Y".
    let k = p.tokenEnd + 2;
    while (k < p.tokenEnd + 5 && tokens[k] && (tokens[k]!.pos === 'ADV' || /^(has|have|had|also|now|still)$/.test(tokens[k]!.lower))) k++;
    return k;
  }
  return p.tokenEnd;
}

/** "Aziza Umarova leads the Tashkent office of FIDH", "X works for Y", "Y, led by X". */
function verbRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (const p of ms) {
    if (p.kind !== 'Person') continue;
    const at = verbAfter(tokens, p);
    const verb = tokens[at];
    if (verb && verb.sentence === p.sentence && (LEAD_VERBS.has(verb.lower) || WORK_VERBS.has(verb.lower) || JOIN_VERBS.has(verb.lower))) {
      // The first organisation within the next few words, past "the Tashkent office of".
      const org = ms.find((m) => m.kind === 'Organisation' && m.tokenStart > at && m.tokenStart - at <= 8);
      const gap = org ? tokens.slice(at + 1, org.tokenStart) : [];
      if (org && gap.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',')) {
        const joins = JOIN_VERBS.has(verb.lower);
        const type: RelationType = LEAD_VERBS.has(verb.lower) ? 'LEADS' : joins && isMembershipBody(ctx, org) ? 'MEMBER_OF' : 'WORKS_FOR';
        out.push(relation(ctx, type, p.entity, org.entity, p.start, org.end, 0.75));
      }
    }
    // "Elmira Dzhumabaeva of Radio Azattyk", "Aida Bekova of the Adilet clinic"
    const of = tokens[p.tokenEnd];
    if (of && /^(of|from)$/.test(of.lower)) {
      const skip = tokens[p.tokenEnd + 1]?.lower === 'the' ? 2 : 1;
      const org = ms.find((m) => m.kind === 'Organisation' && m.tokenStart === p.tokenEnd + skip);
      if (org) out.push(relation(ctx, 'WORKS_FOR', p.entity, org.entity, p.start, org.end, 0.6));
    }
    // "the Aigul party, led by Timur Asanov"
    const by = tokens[p.tokenStart - 1];
    const led = tokens[p.tokenStart - 2];
    if (by?.lower === 'by' && led && /^(led|headed|chaired|founded|run|directed)$/.test(led.lower)) {
      const org = [...ms].reverse().find((m) => m.kind === 'Organisation' && m.tokenEnd <= p.tokenStart - 2 && p.tokenStart - 2 - m.tokenEnd <= 2);
      if (org) out.push(relation(ctx, 'LEADS', p.entity, org.entity, org.start, p.end, 0.75));
    }
  }
}

/** "Its editor-in-chief, Daniyar Kasymov, ...": the organisation is the one the sentence before was about. */
function possessiveRoleRelations(ctx: RelationContext, ms: readonly ResolvedMention[], previous: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (const p of ms) {
    if (p.kind !== 'Person' || tokens[p.tokenStart - 1]?.text !== ',') continue;
    // The title right before the comma, and "its"/"their" a few words before it ("Its Central Asia director").
    const title = matchTitleEndingAt(tokens, p.tokenStart - 1, ctx.knowledge.titles);
    if (!title || title.info.relation === 'occupation') continue;
    let k = title.start - 1;
    while (k >= 0 && title.start - k <= 4 && !/^(its|their)$/i.test(tokens[k]!.text) && tokens[k]!.sentence === p.sentence && !/^[,.;:]$/.test(tokens[k]!.text)) k--;
    if (k < 0 || !/^(its|their)$/i.test(tokens[k]!.text)) continue;
    // A government has ministers, not an "its director": skip governments as the antecedent.
    const org = [...previous, ...ms].reverse().find((m) => m.kind === 'Organisation' && m.known?.orgType !== 'government' && (m.tokenEnd <= k || m.sentence !== p.sentence));
    if (!org) continue;
    const role = textOf(ctx.text, tokens, k + 1, p.tokenStart - 1);
    out.push(relation(ctx, title.info.relation === 'leads' ? 'LEADS' : 'WORKS_FOR', p.entity, org.entity, tokens[k]!.start, p.end, 0.7, role));
  }
}

/** "President Tokayev" where the gazetteer knows he is president of a country. */
function titleRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (const p of ms) {
    if (p.kind !== 'Person' || !p.title || !p.known) continue;
    const title = p.title.text.toLowerCase();
    const role = p.known.roles.find((r) => title.endsWith(r.title.toLowerCase()));
    if (!role || !ctx.kindOf(role.of)) continue;
    const start = tokens[p.title.tokenStart]!.start;
    const type: RelationType = p.title.info.relation === 'leads' || p.title.info.headOfState ? 'LEADS' : 'WORKS_FOR';
    out.push(relation(ctx, type, p.entity, role.of, start, p.end, 0.75, role.title));
  }
}

/** "Moscow-based news outlet Fergana News", "an NGO based in Almaty". */
function basedInRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (const place of ms) {
    if (place.kind !== 'City' && place.kind !== 'Country' && place.kind !== 'Region') continue;
    const dash = tokens[place.tokenEnd];
    const based = tokens[place.tokenEnd + 1];
    if (dash?.text === '-' && based?.lower === 'based' && touches(tokens[place.tokenEnd - 1]!, dash) && touches(dash, based)) {
      const org = ms.find((m) => m.kind === 'Organisation' && m.tokenStart > place.tokenEnd + 1 && m.tokenStart - (place.tokenEnd + 2) <= 4);
      // "the Vienna-based programme officer of the fund": the officer is based there, not the fund.
      const personal =
        org &&
        tokens
          .slice(place.tokenEnd + 2, org.tokenStart)
          .some(
            (_, k) =>
              matchTitleAt(tokens, place.tokenEnd + 2 + k, ctx.knowledge.titles)?.info.relation === 'works-for' ||
              matchTitleAt(tokens, place.tokenEnd + 2 + k, ctx.knowledge.titles)?.info.relation === 'leads',
          );
      if (org && !personal) out.push(relation(ctx, 'BASED_IN', org.entity, place.entity, place.start, org.end, 0.85));
    }
    const before = tokens[place.tokenStart - 1];
    const basedWord = tokens[place.tokenStart - 2];
    if (before?.lower === 'in' && (basedWord?.lower === 'based' || basedWord?.lower === 'headquartered')) {
      const org = [...ms].reverse().find((m) => m.kind === 'Organisation' && m.tokenEnd <= place.tokenStart - 2 && place.tokenStart - 2 - m.tokenEnd <= 3);
      if (org) out.push(relation(ctx, 'BASED_IN', org.entity, place.entity, org.start, place.end, 0.85));
    }
  }
}

/** "other CSTO member states", "X is a member of Y", "Y members such as A and B". */
function membershipRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (const anchor of ms) {
    // "other CSTO member states": a gazetteer group of a body's members.
    if (anchor.kind === 'Group' && anchor.known?.partOf && /\b(member|members|states|countries)\b/i.test(anchor.surface) && ctx.kindOf(anchor.known.partOf)) {
      if (tokens[anchor.tokenStart - 1]?.lower !== 'other') continue;
      for (const c of ms) {
        if (c.kind !== 'Country' || c.via === 'demonym' || c.tokenEnd > anchor.tokenStart) continue;
        out.push(relation(ctx, 'MEMBER_OF', c.entity, anchor.known.partOf, c.start, anchor.end, 0.7));
      }
    }
  }
  for (const org of ms) {
    if (org.kind !== 'Organisation') continue;
    const next = tokens[org.tokenEnd];
    if (next && MEMBERSHIP_NOUNS.has(next.lower)) {
      const other = tokens[org.tokenStart - 1]?.lower === 'other';
      const countries = ms.filter((m) => m.kind === 'Country' && m.via !== 'demonym' && (other ? m.tokenEnd <= org.tokenStart : true));
      for (const c of countries) {
        if (!other && !/such as|including|like/.test(ctx.text.slice(org.end, c.start))) continue;
        const [s, e] = c.start < org.start ? [c.start, org.end + next.text.length + 1] : [org.start, c.end];
        out.push(relation(ctx, 'MEMBER_OF', c.entity, org.entity, s, Math.min(e, tokens[org.tokenEnd + 1]?.end ?? e), 0.7));
      }
    }
    // "X is a member of Y" / "X, a member of the Y,"
    const prev = tokens[org.tokenStart - 1]?.lower === 'the' ? org.tokenStart - 2 : org.tokenStart - 1;
    if (tokens[prev]?.lower === 'of' && MEMBERSHIP_NOUNS.has(tokens[prev - 1]?.lower ?? '')) {
      const member = [...ms]
        .reverse()
        .find((m) => m.tokenEnd <= prev - 1 && (m.kind === 'Country' || m.kind === 'Organisation' || m.kind === 'Person') && m.entity !== org.entity && prev - 1 - m.tokenEnd <= 4);
      if (member) out.push(relation(ctx, 'MEMBER_OF', member.entity, org.entity, member.start, org.end, 0.8));
    }
  }
}

/** Parts named inside a name ("UN Special Rapporteurs" -> UN) and groups tied to a country. */
function partRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  for (const m of ms) {
    if (m.country && (m.kind === 'Group' || m.kind === 'Event')) {
      const type: RelationType = m.kind === 'Event' ? 'LOCATED_IN' : m.qualifier === 'demonym' ? 'NATIONAL_OF' : 'PART_OF';
      out.push(relation(ctx, type, m.entity, m.country, m.start, m.end, 0.8));
    }
    // "CSTO member states" stands for the members (MEMBER_OF above), not for a part of the body.
    if (m.kind === 'Group' && /\bmember/i.test(m.surface)) continue;
    // A parent the gazetteer knows is a textual basis only when the sentence names it too ("ODIHR, the OSCE's office").
    const knownParent = m.known?.partOf;
    const parent = m.parentInName ?? (knownParent && ms.some((x) => x.entity === knownParent && x.tokenEnd > x.tokenStart) ? knownParent : undefined);
    // Named elsewhere in the document only: the gazetteer's knowledge, not a sentence's ("CABAR.asia ... IWPR").
    if (!parent && knownParent && ctx.kindOf(knownParent) && !(ctx.kindOf(knownParent) === 'Country' && NON_STATE_TYPES.has(m.known?.orgType ?? ''))) {
      out.push({ type: 'PART_OF', from: m.entity, to: knownParent, confidence: 0.6, via: 'gazetteer', source: ctx.source });
    }
    // "the Islamic Renaissance Party of Tajikistan": a party or an NGO of a country is no organ of its state.
    if (parent && ctx.kindOf(parent) === 'Country' && NON_STATE_TYPES.has(m.known?.orgType ?? '')) continue;
    if (parent && ctx.kindOf(parent)) out.push(relation(ctx, 'PART_OF', m.entity, parent, m.start, m.end, 0.8));
  }
}

/** "Almaty, Kazakhstan", "Osh in southern Kyrgyzstan", "protests in Zhanaozen". */
function locationRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1]!;
    if (a.kind !== 'City' && a.kind !== 'Region' && a.kind !== 'Event') continue;
    if (b.kind !== 'Country' && b.kind !== 'Region' && b.kind !== 'City') continue;
    if (b.via === 'demonym' || a.entity === b.entity) continue;
    const gap = tokens.slice(a.tokenEnd, b.tokenStart).map((t) => t.lower);
    // "Almaty, Kazakhstan" but not a list "Almaty, Astana and Shymkent".
    // A comma after "Dushanbe, Tajikistan," closes the apposition when the gazetteer puts the one in the other.
    const contained = a.known?.country === b.entity || a.known?.location === b.entity;
    const listGoesOn = !contained && (/^(,|and|or)$/.test(tokens[b.tokenEnd]?.lower ?? '') || (k > 0 && tokens[a.tokenStart - 1]?.text === ','));
    const comma = gap.length === 1 && gap[0] === ',' && b.kind !== 'City' && !listGoesOn;
    const inside = gap.length >= 1 && gap.length <= 3 && gap[0] === 'in' && gap.slice(1).every((w) => /^(the|northern|southern|eastern|western|central)$/.test(w));
    if (comma || inside) out.push(relation(ctx, 'LOCATED_IN', a.entity, b.entity, a.start, b.end, comma ? 0.8 : 0.7));
  }
}

const PLACE_KINDS = new Set(['City', 'Region']);

/**
 * Where a place lies, stated in an apposition or an "of": "Khorog, the administrative centre of
 * the Gorno-Badakhshan region" (city in region), "the Sughd region of Tajikistan" (region in
 * country), "Osh, the capital of the south" when the south is a known region.
 */
function placeOfRelations(ctx: RelationContext, ms: readonly ResolvedMention[], out: Relation[]): void {
  const { tokens } = ctx.tokenized;
  for (const a of ms) {
    if (!PLACE_KINDS.has(a.kind) || a.via === 'demonym') continue;
    let at = settlementAppositionAt(tokens, a.tokenEnd);
    if (at < 0 && a.kind === 'Region') {
      // "the Gorno-Badakhshan region of Tajikistan": the place word may be part of the name or follow it.
      let k = a.tokenEnd;
      if (/^(region|oblast|province|district|viloyat|velayat)$/.test(tokens[k]?.lower ?? '')) k++;
      if (tokens[k]?.lower === 'of') at = k + 1;
    }
    if (at < 0) continue;
    if (tokens[at]?.lower === 'the') at++;
    const b = ms.find((m) => m.tokenStart === at && m.entity !== a.entity && m.via !== 'demonym' && (m.kind === 'Region' || m.kind === 'Country'));
    if (!b) continue;
    out.push(relation(ctx, 'LOCATED_IN', a.entity, b.entity, a.start, b.end, 0.8));
  }
}

/** Relations stated inside single sentences, and where the places the document names lie (gazetteer knowledge). */
export function extractSentenceRelations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  // The organisation "its" points back to may be a few sentences up: keep the last three.
  let window: ResolvedMention[][] = [];
  for (const ms of sentenceMentions(ctx)) {
    const previous = window.flat();
    roleRelations(ctx, ms, out);
    possessiveRoleRelations(ctx, ms, previous, out);
    verbRelations(ctx, ms, out);
    titleRelations(ctx, ms, out);
    titleOfRelations(ctx, ms, out);
    titledNameBodyRelations(ctx, ms, out);
    basedInRelations(ctx, ms, out);
    membershipRelations(ctx, ms, out);
    impliedMemberships(ctx, ms, out);
    partRelations(ctx, ms, out);
    namedPlaceRelations(ctx, ms, out);
    parentPrefixRelations(ctx, ms, out);
    locationRelations(ctx, ms, out);
    placeOfRelations(ctx, ms, out);
    window = [...window.slice(-2), ms];
  }
  headerPostRelations(ctx, out);
  out.push(...gazetteerPlaceRelations(ctx));
  return dedupeRelations(out);
}

/**
 * Keep one relation per (type, from, to, span), the most confident; a fact from the gazetteer
 * only where no sentence of the document states the same relation, and once per document.
 */
export function dedupeRelations(relations: readonly Relation[]): Relation[] {
  const best = new Map<string, Relation>();
  const stated = new Set<string>();
  for (const r of relations) {
    if (r.from === r.to) continue;
    const pair = `${r.type}|${r.from}|${r.to}`;
    if (r.via !== 'gazetteer') stated.add(pair);
    const key = r.via === 'gazetteer' ? `${pair}|gazetteer` : `${pair}|${r.evidence.span[0]}|${r.evidence.span[1]}`;
    const seen = best.get(key);
    if (!seen || seen.confidence < r.confidence) best.set(key, r);
  }
  const start = (r: Relation) => (r.via === 'gazetteer' ? Number.MAX_SAFE_INTEGER : r.evidence.span[0]);
  return [...best.values()]
    .filter((r) => r.via !== 'gazetteer' || !stated.has(`${r.type}|${r.from}|${r.to}`))
    .sort((a, b) => start(a) - start(b) || (a.type < b.type ? -1 : a.type > b.type ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}
