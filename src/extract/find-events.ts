/**
 * Reported events: acts a text states happened ("police detained five activists", "five
 * activists were detained by police", "the arrest of Aida Bekova"), found from the CAMEO verbs of
 * kind `event` (roots 14 protest to 20 mass violence) on lemmas. The actor is whoever the clause
 * says did it, and only that: an implied agent ("were detained") stays empty, and the reporter is
 * never it. An act denied ("did not arrest"), only threatened, planned or asked for ("threatened
 * to arrest", "called for the arrest of"), or put as a condition or a question is no event.
 * Reads the tokens and resolved mentions; changes nothing it is given. Pure.
 */
import { cameoName, type CameoCode } from '../../schema/cameo';
import { eventKey } from '../../schema/keys';
import type { ReportedEvent } from '../../schema/records';
import type { ResolvedMention } from './resolved-mention';
import { statedDate } from './event-date';
import { evidenceAt } from './evidence';
import { compileCues, matchCues, type CueHit } from './match-cues';
import { clauseEnd } from './stance-clauses';
import { LEXICON } from './stance-lexicon';
import { isPassiveVerb } from './stance-targets';
import type { Token, TokenizedText } from './tokenize';

export interface EventContext {
  text: string;
  source: string;
  tokenized: TokenizedText;
  /** All resolved mentions, pronouns included. */
  mentions: readonly ResolvedMention[];
  /** Whether the offset lies in a question turn: a question states no act. */
  isQuestion?: (offset: number) => boolean;
}

/** CAMEO roots of the acts recorded as events (issue 8): protest, force posture, reduced relations, coercion, assault, fight, mass violence. */
const REPORTED_ROOTS = /^(14|15|16|17|18|19|20)/;

/** The lexicon's event entries of those roots (cameo-verbs.json). */
export const EVENT_ENTRIES = LEXICON.filter((e) => e.kind === 'event' && REPORTED_ROOTS.test(e.code ?? ''));
const VERBS = compileCues(EVENT_ENTRIES);
/** The same lemmas as nouns, for "the arrest of X". */
const NOUNS = compileCues(EVENT_ENTRIES.map((e) => ({ ...e, pos: ['NOUN' as const] })));
/**
 * Words that make what follows a threat, a demand, a denial, a refusal or an appeal rather than
 * an act done: the lexicon's appeals and modals and its codes 10 (demand), 12 (reject), 13
 * (threaten) and 016 (deny).
 */
const FRAMES = compileCues(LEXICON.filter((e) => e.kind === 'appeal' || e.kind === 'modal' || /^(10|12|13|016)/.test(e.code ?? '')));

/** Closed-class words (grammar, not vocabulary): negation, modality and condition. */
const NEGATORS = new Set(['not', 'no', "n't", 'n’t', 'never', 'neither', 'nor', 'without']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll", '’ll', "'d", '’d', 'to']);
const CONDITIONS = new Set(['if', 'unless', 'whether', 'lest']);
const BETWEEN_SUBJECT_AND_VERB = new Set(['has', 'have', 'had', 'reportedly', 'allegedly', 'also', 'then', 'later', 'again', 'recently', 'earlier', 'reportedly']);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'has', 'have', 'had', 'get', 'got', 'gets']);
const PROGRESSIVE = new Set(['was', 'were', 'is', 'are']);
/** "cracked down on", "fought against", "clashed with": the preposition that leads to whom the act is done. */
const OBJECT_PREPOSITIONS = new Set(['on', 'against', 'with', 'upon']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);

const ACTOR_KINDS = new Set(['Person', 'Organisation', 'Country', 'Group']);
const TARGET_KINDS = new Set(['Person', 'Organisation', 'Country', 'Group', 'City', 'Region']);
const PLACE_KINDS = new Set(['City', 'Region', 'Country']);

/** The mention whose last token is `k`. */
const endingAt = (ms: readonly ResolvedMention[], k: number) => ms.find((m) => m.tokenEnd === k + 1);
/** The first mention starting in [from, to) with only determiners, adjectives and numbers before it. */
function nounPhraseAt(tokens: readonly Token[], ms: readonly ResolvedMention[], from: number, to: number): ResolvedMention | undefined {
  for (let k = from; k < to && k < from + 5; k++) {
    const m = ms.find((x) => x.tokenStart === k);
    if (m) return m;
    const t = tokens[k]!;
    if (
      !(
        t.pos === 'DET' ||
        t.pos === 'ADJ' ||
        t.pos === 'NUM' ||
        (t.pos === 'PRON' && /^(his|her|their|its|our)$/.test(t.lower)) ||
        /^(at|least|more|than|some|several|dozens?|hundreds?)$/.test(t.lower)
      )
    )
      return undefined;
  }
  return undefined;
}

/** Whether the act at token `at` is denied, or only possible, intended, threatened or asked for. */
function notAnAct(tokens: readonly Token[], hit: CueHit, clauseStart: number, frames: readonly CueHit[]): boolean {
  if (hit.negated) return true;
  for (let k = hit.start - 1; k >= Math.max(clauseStart, hit.start - 4); k--) {
    const t = tokens[k]!;
    if (NEGATORS.has(t.lower) || MODALS.has(t.lower)) return true;
    if (!(t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'DET' || t.pos === 'ADJ' || AUXILIARIES.has(t.lower))) break;
  }
  for (let k = clauseStart; k < hit.start; k++) if (CONDITIONS.has(tokens[k]!.lower)) return true;
  return frames.some((f) => f.end <= hit.start && hit.start - f.end <= 6);
}

/** The verb's subject in the active voice: the mention just before it, past adverbs, auxiliaries and a place ("Police in Almaty detained"). */
function subjectOf(tokens: readonly Token[], ms: readonly ResolvedMention[], at: number, from: number): ResolvedMention | undefined {
  let k = at - 1;
  while (k >= from && (tokens[k]!.pos === 'ADV' || BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.lower))) k--;
  let m = endingAt(ms, k);
  if (m && PLACE_KINDS.has(m.kind) && PLACE_PREPOSITIONS.has(tokens[m.tokenStart - 1]?.lower ?? '')) m = endingAt(ms, m.tokenStart - 2);
  return m && m.tokenStart >= from ? m : undefined;
}

/** The passive's patient: the mention before its auxiliary ("five activists were detained"). */
function patientOf(tokens: readonly Token[], ms: readonly ResolvedMention[], at: number, from: number): ResolvedMention | undefined {
  let k = at - 1;
  while (k >= from && (tokens[k]!.pos === 'ADV' || AUXILIARIES.has(tokens[k]!.lower))) k--;
  const m = endingAt(ms, k);
  return m && m.tokenStart >= from ? m : undefined;
}

/** The agent of a passive or of a nominal act: the mention after "by" within the next few words. */
function agentAfter(tokens: readonly Token[], ms: readonly ResolvedMention[], from: number, to: number): ResolvedMention | undefined {
  for (let k = from; k < to && k < from + 8; k++) if (tokens[k]!.lower === 'by') return nounPhraseAt(tokens, ms, k + 1, to);
  return undefined;
}

/** Where it happened: a place in "in/at/near X" inside the clause. */
function placeIn(tokens: readonly Token[], ms: readonly ResolvedMention[], from: number, to: number, taken: ReadonlySet<string>): ResolvedMention | undefined {
  return ms.find((m) => {
    if (!PLACE_KINDS.has(m.kind) || m.via === 'demonym' || m.tokenStart < from || m.tokenEnd > to || taken.has(m.entity)) return false;
    const prev = tokens[m.tokenStart - 1]?.lower === 'the' ? tokens[m.tokenStart - 2] : tokens[m.tokenStart - 1];
    return PLACE_PREPOSITIONS.has(prev?.lower ?? '');
  });
}

interface Roles {
  actor?: ResolvedMention;
  target?: ResolvedMention;
  confidence: number;
}

/** Who did what to whom for one verb hit, by its voice. */
function verbRoles(tokens: readonly Token[], ms: readonly ResolvedMention[], hit: CueHit, from: number, to: number): Roles | undefined {
  const verb = tokens[hit.start]!;
  // "after attacking", "the detained activists": a gerund or a participle used as an adjective states no act of its own.
  if (/ing$/.test(verb.lower) && !PROGRESSIVE.has(tokens[hit.start - 1]?.lower ?? '')) return undefined;
  if (tokens[hit.start - 1]?.pos === 'DET') return undefined;
  if (isPassiveVerb(tokens, hit.start) || isReducedPassive(tokens, hit, to)) {
    const target = patientOf(tokens, ms, hit.start, from);
    const actor = agentAfter(tokens, ms, hit.end, to);
    return { ...(actor ? { actor } : {}), ...(target ? { target } : {}), confidence: actor && target ? 0.7 : 0.6 };
  }
  const actor = subjectOf(tokens, ms, hit.start, from);
  const after = OBJECT_PREPOSITIONS.has(tokens[hit.end]?.lower ?? '') ? hit.end + 1 : hit.end;
  const target = nounPhraseAt(tokens, ms, after, to);
  return { ...(actor ? { actor } : {}), ...(target ? { target } : {}), confidence: actor && target ? 0.7 : 0.6 };
}

/** After a participle with no object, a clause goes on with a place, a time, a cause or its agent. */
const AFTER_REDUCED_PASSIVE = new Set(['in', 'on', 'at', 'after', 'for', 'over', 'during', 'by', 'near', 'outside', 'amid', 'since', 'following', 'without', 'under']);

/**
 * "Tajik reporters jailed", "Five activists detained in Almaty on Monday were released": an act's
 * past participle straight after its subject, with no auxiliary and no object, is passive; a
 * headline writes the passive so. The subject is whom the act befell.
 */
export function isReducedPassive(tokens: readonly Token[], hit: { start: number; end: number }, to: number): boolean {
  const verb = tokens[hit.start]!;
  if (!/ed$/.test(verb.lower)) return false;
  const before = tokens[hit.start - 1];
  if (!before || before.sentence !== verb.sentence || !/^(NOUN|PROPN)$/.test(before.pos)) return false;
  const next = hit.end < to ? tokens[hit.end] : undefined;
  return !next || next.pos === 'PUNCT' || AFTER_REDUCED_PASSIVE.has(next.lower);
}

/** "the arrest of X (by Y)": the act named as a noun, whom it befell after "of". */
function nounRoles(tokens: readonly Token[], ms: readonly ResolvedMention[], hit: CueHit, to: number): Roles | undefined {
  if (tokens[hit.end]?.lower !== 'of') return undefined;
  const target = nounPhraseAt(tokens, ms, hit.end + 1, to);
  if (!target) return undefined;
  const actor = agentAfter(tokens, ms, target.tokenEnd, Math.min(to, target.tokenEnd + 3));
  return { ...(actor ? { actor } : {}), target, confidence: 0.55 };
}

/**
 * Every reported event of a document, in text order.
 * @example findEvents(ctx)[0] // { code: '173', actor: 'n:police', target: 'n:activists', quote: 'Police detained five activists in Almaty on Monday' }
 */
export function findEvents(ctx: EventContext): ReportedEvent[] {
  const { tokens, sentences } = ctx.tokenized;
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of ctx.mentions) {
    if (m.tokenEnd <= m.tokenStart) continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const events: ReportedEvent[] = [];
  for (const [index, sentence] of sentences.entries()) {
    const ms = bySentence.get(index);
    if (!ms || tokens[sentence.tokenEnd - 1]?.text === '?' || ctx.isQuestion?.(sentence.end - 1)) continue;
    const verbs = matchCues(tokens, sentence.tokenStart, sentence.tokenEnd, VERBS).map((hit) => ({ hit, nominal: false }));
    const nouns = matchCues(tokens, sentence.tokenStart, sentence.tokenEnd, NOUNS).map((hit) => ({ hit, nominal: true }));
    if (verbs.length === 0 && nouns.length === 0) continue;
    const frames = matchCues(tokens, sentence.tokenStart, sentence.tokenEnd, FRAMES);
    for (const { hit, nominal } of [...verbs, ...nouns]) {
      const from = clauseStart(tokens, hit.start, sentence.tokenStart);
      const to = trimEnd(tokens, from, clauseEnd(tokens, hit.start, sentence.tokenEnd));
      if (notAnAct(tokens, hit, from, frames)) continue;
      const roles = nominal ? nounRoles(tokens, ms, hit, to) : verbRoles(tokens, ms, hit, from, to);
      if (!roles) continue;
      const actor = roles.actor && ACTOR_KINDS.has(roles.actor.kind) ? roles.actor : undefined;
      const target = roles.target && TARGET_KINDS.has(roles.target.kind) && roles.target.entity !== actor?.entity ? roles.target : undefined;
      if (!actor && !target) continue;
      let first = Math.min(hit.start, actor?.tokenStart ?? hit.start, target?.tokenStart ?? hit.start);
      // "Five journalists were detained": the quote takes the words that count or qualify them.
      while (first > from && /^(DET|NUM|ADJ)$/.test(tokens[first - 1]!.pos)) first--;
      // A nominal act is stated by its noun phrase ("the arrest of X by Y"), not by the rest of the clause.
      const last = nominal ? Math.max(hit.end, actor?.tokenEnd ?? 0, target?.tokenEnd ?? 0) : Math.max(to, actor?.tokenEnd ?? 0, target?.tokenEnd ?? 0);
      const place = placeIn(tokens, ms, first, last, new Set([actor?.entity ?? '', target?.entity ?? '']));
      const evidence = evidenceAt(ctx.text, ctx.source, tokens[first]!.start, tokens[last - 1]!.end);
      const code = hit.cue.code as CameoCode;
      const date = statedDate(evidence.quote);
      const trigger: [number, number] = [tokens[hit.start]!.start, tokens[hit.end - 1]!.end];
      events.push({
        id: eventKey(ctx.source, trigger, code),
        code,
        name: cameoName(code),
        trigger: ctx.text.slice(trigger[0], trigger[1]),
        ...(actor ? { actor: actor.entity } : {}),
        ...(target ? { target: target.entity } : {}),
        ...(place ? { place: place.entity } : {}),
        ...(date ? { date } : {}),
        confidence: roles.confidence,
        ...evidence,
      });
    }
  }
  return events.sort((a, b) => a.span[0] - b.span[0] || (a.id < b.id ? -1 : 1));
}

/** Where the clause holding token `at` begins: after "that", a semicolon, a colon or a dash, else the sentence start. */
function clauseStart(tokens: readonly Token[], at: number, sentenceStart: number): number {
  for (let k = at - 1; k > sentenceStart; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '–' || t.text === '—' || t.lower === 'that' || t.text === '“' || t.text === '"') return k + 1;
  }
  return sentenceStart;
}

/** A clause's end without its closing punctuation, and cut before ", <reporter> said". */
function trimEnd(tokens: readonly Token[], from: number, to: number): number {
  let end = to;
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]!.text === ',' && /^(said|says|according|the|he|she|they|reported|told)$/.test(tokens[k + 1]!.lower) && k > from) {
      // Only when what follows is a reporting tail, not a list of victims ("..., the editor and ...").
      const tail = tokens.slice(k + 1, to).map((t) => t.lower);
      if (tail.some((w) => /^(said|says|according|reported|told|stated|announced)$/.test(w))) {
        end = k;
        break;
      }
    }
  }
  while (end > from + 1 && tokens[end - 1]!.pos === 'PUNCT') end--;
  return end;
}
