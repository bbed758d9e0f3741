/**
 * Who a stance is about: actors rather than modifiers, places or victims, the subject of a demand,
 * and the clause of the sentence that judges each target.
 */
import type { ResolvedMention } from './resolved-mention';
import type { JudgedHit, Judgement } from './judge-stance';
import type { CueHit } from './match-cues';
import { REPORTING_LEMMAS, STANCE_ENTRIES } from './stance-lexicon';
import type { Sentence, Token } from './tokenize';
import { ACTOR_KINDS } from './stance-context';
import { isHarmCode, isObjectOfStateAct } from './implied-government';
import { nameCueWords } from './name-cue-lists';
import { GroupNounsFile } from '../../schema/gazetteer';
import groupNouns from '../../gazetteer/lexicon/group-nouns.json';

const STATE_SIDE_NOUNS = nameCueWords('state-side-nouns');

export const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'it', 'this', 'that', 'its', 'their', 'his']);

/** Nouns of one person's role that a body's name can qualify ("a BBC journalist"): the group-noun lexicon's singular speaker nouns. */
/** Nouns of one person's role ("journalist", "spokesman"); a body's own kind ("the Taliban movement", "the Ata-Meken party") is none. */
const BODY_KIND_NOUNS: ReadonlySet<string> = new Set([...nameCueWords('organisation-nouns-after-name'), ...nameCueWords('organisation-type-nouns')]);
const ROLE_NOUNS: ReadonlySet<string> = new Set(GroupNounsFile.parse(groupNouns).speakerNouns.filter((w) => !w.endsWith('s') && !BODY_KIND_NOUNS.has(w)));

/** Mentions that could be the target of a stance: actors, not modifiers. */
export function candidateTargets(ms: readonly ResolvedMention[], tokens: readonly Token[]): ResolvedMention[] {
  const qualifiers = new Set(ms.filter((m) => m.country).map((m) => m.country!));
  return ms.filter((m) => {
    if (!ACTOR_KINDS.has(m.kind)) return false;
    // "the Uzbek side", "the American delegation" (state-side-nouns), "The Americans have neglected the region":
    // a demonym that stands for its state; otherwise it is a nationality.
    if (m.via === 'demonym' && !isDemonymActor(tokens, m) && !(m.kind === 'Country' && STATE_SIDE_NOUNS.has(tokens[m.tokenEnd]?.lower ?? ''))) return false;
    if (m.kind === 'Event' && isTimeReference(tokens, m)) return false;
    // "during Mirziyoyev’s visit", "ahead of the president's trip": whose visit dates the sentence.
    if (isTimeReference(tokens, m) && /^[’']s$/.test(tokens[m.tokenEnd]?.lower ?? '') && TIME_SPAN_NOUNS.has(tokens[m.tokenEnd + 1]?.lower ?? '')) return false;
    // "Moscow-based outlet": the place only describes something else.
    if (tokens[m.tokenEnd]?.text === '-' && tokens[m.tokenEnd + 1]?.lower === 'based') return false;
    // "welcome you", "your contribution": "you" counts once resolved to the one a speech addresses.
    if (m.via === 'pronoun' && !OBJECT_PRONOUNS.has(m.surface.toLowerCase()) && !/^(he|she|his|her|its|their|they|you|your|sides|parties)$/i.test(m.surface)) return false;
    // "a BBC journalist", "an Azattyk reporter": a body right before the noun of a role qualifies the person.
    if (m.kind === 'Organisation' && ROLE_NOUNS.has(tokens[m.tokenEnd]?.lower ?? '') && tokens[m.tokenEnd]!.pos === 'NOUN') return false;
    // "President of Russia Vladimir Putin": the body of a title written before a name qualifies the person.
    if (tokens[m.tokenStart - 1]?.lower === 'of' && ms.some((p) => p.kind === 'Person' && p.via !== 'pronoun' && p.tokenStart === m.tokenEnd)) return false;
    // "civil society in Kyrgyzstan": Kyrgyzstan qualifies the group; the group is the actor.
    if (qualifiers.has(m.entity) && ms.some((g) => g !== m && g.country === m.entity && g.start <= m.start && m.end <= g.end + 4)) return false;
    return true;
  });
}

/** Words after which a clause opens with its subject. */
const CLAUSE_OPENERS = new Set(['because', 'since', 'while', 'when', 'whereas', 'although', 'though', 'if', 'that', 'and', 'but', 'as']);

/** Heads after a demonym that make it the country itself: "the Chinese side", "the Russian sides". */
const SIDE_NOUNS = new Set(['side', 'sides']);

/**
 * "The Chinese are pragmatic", "Russians have lost credibility", "the Kazakh side refused": a
 * demonym that heads its phrase (after "the" or at the start, before a verb) or qualifies "side" is
 * its country acting; before a noun ("Chinese companies") or in a list ("Russian and Chinese firms")
 * it only qualifies something else.
 */
export function isDemonymActor(tokens: readonly Token[], m: ResolvedMention): boolean {
  const next = tokens[m.tokenEnd];
  if (next && SIDE_NOUNS.has(next.lower)) return true;
  const before = tokens[m.tokenStart - 1];
  // "because Russians have seized its land", "and the Chinese have stayed": a clause's subject after its conjunction.
  const opens = !before || before.sentence !== tokens[m.tokenStart]?.sentence || before.lower === 'the' || CLAUSE_OPENERS.has(before.lower);
  return opens && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

const TIME_PREPOSITIONS = new Set(['after', 'before', 'since', 'during', 'following', 'until', 'amid', 'ahead']);

/** Nouns of a stretch of someone's time that, after a time preposition, date the sentence: "during X's visit". */
const TIME_SPAN_NOUNS = new Set(['visit', 'trip', 'stay', 'tour', 'tenure', 'term', 'rule', 'reign', 'absence', 'arrival', 'departure']);

/** "after the January events", "since the war": an event named to date something is not what is judged. */
export function isTimeReference(tokens: readonly Token[], m: ResolvedMention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && k >= m.tokenStart - 3 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'PROPN')) k--;
  return k >= 0 && TIME_PREPOSITIONS.has(tokens[k]!.lower) && tokens[k]!.sentence === tokens[m.tokenStart]?.sentence;
}

/**
 * Words of the lexicon's support entries that take a "to": "commitment to Mongolia", "committed to
 * Mongolia", "grateful to Mongolia" name whom the support goes to, not where anything happens. The
 * word before the "to" of a phrase ("commitment to", "be … commit to"), and the first word of a
 * support noun or adjective. Oppose words are left out on purpose: in "a threat to Mongolia" the
 * country is the one threatened, not the one opposed.
 */
const SUPPORT_HEADS: ReadonlySet<string> = new Set(
  STANCE_ENTRIES.filter((e) => e.kind === 'evaluative' && e.polarity === 'support').flatMap((e) => {
    const words = e.lemma.split(' ');
    if (words.length > 1 && words.at(-1) === 'to') return [words.at(-2)!];
    return e.pos?.some((p) => p === 'NOUN' || p === 'ADJ') ? [words[0]!] : [];
  }),
);

/** Whether a mention sits in a locative phrase ("in Kazakhstan", "across Central Asia"). */
export function isLocative(tokens: readonly Token[], m: ResolvedMention): boolean {
  const prev = tokens[m.tokenStart - 1]?.lower;
  const prev2 = tokens[m.tokenStart - 2]?.lower;
  // "our commitment to Mongolia": the "to" of a support word names whom it goes to.
  if (prev === 'to' && SUPPORT_HEADS.has(tokens[m.tokenStart - 2]?.lemma ?? '')) return false;
  const locativePrep = (w?: string) => w === 'in' || w === 'across' || w === 'throughout' || w === 'within' || w === 'to' || w === 'from';
  if (m.kind === 'Group') return prev === 'in' || (prev === 'the' && prev2 === 'in');
  // "detrimental to Kazakhstan's reputation": an owner is no place.
  if (/^[’']s$/.test(tokens[m.tokenEnd]?.lower ?? '')) return false;
  if (!(m.kind === 'Country' || m.kind === 'Region' || m.kind === 'City')) return false;
  if (locativePrep(prev) || (prev === 'the' && locativePrep(prev2))) return true;
  // "based in France, Germany, and Poland": the later places of a list share its preposition.
  if (prev === 'and' || prev === 'or' || prev === ',') {
    let j = m.tokenStart - 1;
    while (j >= 0 && m.tokenStart - j <= 12 && (tokens[j]!.pos === 'PROPN' || /^(,|and|or|the)$/.test(tokens[j]!.lower))) j--;
    if (j < m.tokenStart - 2 && locativePrep(tokens[j]?.lower) && tokens[j]!.sentence === tokens[m.tokenStart]!.sentence) return true;
    // "in the cities of Almaty and Astana": the list follows a kind of place after a preposition.
    if (j < m.tokenStart - 2 && tokens[j]?.lower === 'of' && PLACE_KIND_NOUNS.has(tokens[j - 1]?.lower ?? '')) {
      const before = tokens[j - 2]?.lower === 'the' ? j - 3 : j - 2;
      if (locativePrep(tokens[before]?.lower) && tokens[before]!.sentence === tokens[m.tokenStart]!.sentence) return true;
    }
  }
  // "in the autonomous Republic of Karakalpakstan", "across southern Kyrgyzstan": adjectives between.
  let j = m.tokenStart - 1;
  while (j >= 0 && m.tokenStart - j <= 3 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'DET')) j--;
  if (j < m.tokenStart - 1 && tokens[m.tokenStart - 1]!.pos === 'ADJ' && locativePrep(tokens[j]?.lower)) return true;
  // "in the autonomous republic of Karakalpakstan", "in the city of Osh": the place named by its kind.
  if (prev !== 'of') return false;
  let k = m.tokenStart - 2;
  if (!PLACE_KIND_NOUNS.has(tokens[k]?.lower ?? '')) return false;
  k--;
  // "in a number of cities and towns of Kazakhstan": kinds joined by "and", after a quantity.
  while (
    k >= 0 &&
    m.tokenStart - k <= 9 &&
    (tokens[k]!.pos === 'ADJ' ||
      tokens[k]!.pos === 'DET' ||
      tokens[k]!.lower === 'and' ||
      PLACE_KIND_NOUNS.has(tokens[k]!.lower) ||
      (tokens[k]!.lower === 'of' && tokens[k - 1]?.lower === 'number') ||
      tokens[k]!.lower === 'number')
  )
    k--;
  return locativePrep(tokens[k]?.lower);
}

/** Nouns that name a kind of place before "of": "the city of Osh", "the republic of Karakalpakstan", "towns of Kazakhstan". */
const PLACE_KIND_NOUNS = new Set(
  ['city', 'town', 'village', 'region', 'province', 'district', 'republic', 'oblast', 'valley', 'capital', 'country', 'territory'].flatMap((w) => [
    w,
    w === 'city' ? 'cities' : w === 'country' ? 'countries' : w === 'territory' ? 'territories' : `${w}s`,
  ]),
);

/**
 * A place in a locative phrase that sets the sentence's topic rather than the scene of an act:
 * fronted ("In Uzbekistan, ...", "But in Uzbekistan as well, ...") or in an existential sentence
 * ("There are no independent courts in the region").
 */
export function isTopicalPlace(tokens: readonly Token[], m: ResolvedMention): boolean {
  if (m.kind !== 'Country' && m.kind !== 'Region') return false;
  const sentence = tokens[m.tokenStart]!.sentence;
  let first = m.tokenStart;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  const lead = tokens.slice(first, m.tokenStart).map((t) => t.lower);
  if (lead.length <= 3 && lead.every((w) => /^(in|but|and|yet|so|across|throughout|the)$/.test(w)) && lead.some((w) => /^(in|across|throughout)$/.test(w))) return true;
  return tokens[first]?.lower === 'there' && /^(is|are|was|were|be|have|has)$/.test(tokens[first + 1]?.lower ?? '');
}

/** The token before `m`, past the articles, numbers and adjectives of its phrase. */
function beforePhrase(tokens: readonly Token[], m: ResolvedMention): number {
  let k = m.tokenStart - 1;
  while (k >= 0 && m.tokenStart - k <= 4 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'ADJ')) k--;
  // "the campaign against opposition media", "restrictions on opposition parties": a noun that
  // qualifies the name, right after the preposition, is part of its phrase.
  if (tokens[k]?.pos === 'NOUN' && k < m.tokenStart && /^(against|on|of)$/.test(tokens[k - 1]?.lower ?? '')) k--;
  return k;
}

/**
 * "the use of military weapons against civilians", "sanctions against Russia", "the case against
 * him": after a noun, "against" names whom the deed is aimed at. After a verb ("spoke out against
 * the government", "voted against the bill") it names what the subject opposes, and stays a target.
 */
export function isAimedAt(tokens: readonly Token[], m: ResolvedMention): boolean {
  const k = beforePhrase(tokens, m);
  // "pressure on journalists", "restrictions on the media": an act aimed at whoever follows "on".
  return (tokens[k]?.lower === 'against' && tokens[k - 1]?.pos === 'NOUN') || (tokens[k]?.lower === 'on' && AIMED_ON_NOUNS.has(tokens[k - 1]?.lower ?? ''));
}

const AIMED_ON_NOUNS = nameCueWords('aimed-on-nouns');

const VICTIM_NOUNS = nameCueWords('victim-nouns');

const RIGHTS_NOUNS = nameCueWords('rights-nouns');

const RELEASE_NOUNS = new Set(['release', 'freeing']);

/** "the freedom of the media", "the rights of women", "the safety of journalists": whose the right is. */
export function isRightHolder(tokens: readonly Token[], m: ResolvedMention): boolean {
  const k = beforePhrase(tokens, m);
  return tokens[k]?.lower === 'of' && RIGHTS_NOUNS.has(tokens[k - 1]?.lower ?? '');
}

export const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

export const ANAPHORS = new Set(['this', 'that', 'it', 'these', 'those', 'such', 'he', 'she', 'they', 'him', 'her', 'them']);

/**
 * "Tazhimuratov, a journalist and lawyer, was sentenced to 16 years": the subject of a passive
 * verb suffers the act; blame in the sentence is not about it.
 */
export function isPatient(tokens: readonly Token[], m: ResolvedMention): boolean {
  let k = m.tokenEnd;
  if (tokens[k]?.text === ',') {
    let j = k + 1;
    while (j < tokens.length && j - k <= 10 && tokens[j]!.text !== ',' && tokens[j]!.pos !== 'VERB') j++;
    if (tokens[j]?.text === ',') k = j + 1;
  }
  let sawAux = false;
  while (tokens[k] && (PASSIVE_AUX.has(tokens[k]!.lower) || /^(has|have|had|not|never)$/.test(tokens[k]!.lower) || tokens[k]!.pos === 'ADV')) {
    sawAux ||= PASSIVE_AUX.has(tokens[k]!.lower);
    k++;
  }
  const verb = tokens[k];
  return sawAux && Boolean(verb) && verb!.pos === 'VERB' && /(ed|en|wn|ght|pt|lt)$/.test(verb!.lower);
}

/** Order targets: the clause's subject first, then objects; locatives only when nothing else. */
export function rankTargets(tokens: readonly Token[], candidates: readonly ResolvedMention[], exclude: ReadonlySet<string>): ResolvedMention[] {
  const seen = new Set<string>();
  const ordered: ResolvedMention[] = [];
  const pool = candidates.filter((m) => !exclude.has(m.entity));
  // "condemn the sentencing of seven journalists": the journalists are who the act was done to;
  // "the use of force against civilians", "the freedom of the media": whom a deed is aimed at or a
  // right belongs to is not whom the judgement is about.
  const primary = pool.filter((m) => !isLocative(tokens, m) && !isObjectOfStateAct(tokens, m) && !isAimedAt(tokens, m) && !isRightHolder(tokens, m));
  // "raids in Moscow", "the service is available in Tajikistan": a place named as the scene is no
  // one's target. A place that sets the topic ("In Uzbekistan, reforms ...", "there are no free
  // newspapers in the region") is, when no actor is named.
  for (const m of primary.length > 0 ? primary : pool.filter((p) => isTopicalPlace(tokens, p))) {
    if (seen.has(m.entity)) continue;
    seen.add(m.entity);
    ordered.push(m);
  }
  return ordered;
}

export const MODALS = new Set(['should', 'must', 'need', 'needs', 'have', 'has', 'ought']);

export const COPULAS = new Set(['are', 'is', 'am', "'re", '’re', 'were', 'was']);

/**
 * The subject right before a modal cue ("the Kyrgyz government should ..."), with everything
 * coordinated with it ("The European Union and the United States must ...").
 */
export function modalSubjects(tokens: readonly Token[], hits: readonly CueHit[], candidates: readonly ResolvedMention[]): ResolvedMention[] {
  for (const hit of hits) {
    if (!MODALS.has(tokens[hit.start]!.lower)) continue;
    const before = [...candidates].reverse();
    const subject = before.find((m) => m.tokenEnd <= hit.start && hit.start - m.tokenEnd <= 2);
    if (!subject) continue;
    // "The two sides should ...": one span that stands for two actors names both.
    const subjects = candidates.filter((m) => m.tokenStart === subject.tokenStart && m.tokenEnd === subject.tokenEnd);
    let edge = subject.tokenStart;
    for (const m of before) {
      if (m.tokenEnd > edge) continue;
      const gap = tokens.slice(m.tokenEnd, edge).map((t) => t.lower);
      if (gap.length === 0 || gap.length > 3 || !gap.every((w) => /^(and|or|,|the|both)$/.test(w)) || !gap.some((w) => w === 'and' || w === 'or' || w === ',')) break;
      subjects.unshift(m);
      edge = m.tokenStart;
    }
    return subjects;
  }
  return [];
}

/**
 * "They should be more responsible", "people must obey": an obligation of a pronoun that names no
 * one (or of "people") asks nothing of any actor in the sentence. The speaker's own "I", "we"
 * stay: they commit the speaker.
 */
export function obligesNoOne(tokens: readonly Token[], hit: CueHit, candidates: readonly ResolvedMention[]): boolean {
  if (hit.cue.kind !== 'modal') return false;
  let k = hit.start - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  const subject = tokens[k];
  if (!subject || subject.sentence !== tokens[hit.start]!.sentence) return false;
  const unnamed = (subject.pos === 'PRON' && !/^(i|we|us)$/.test(subject.lower)) || subject.lower === 'people';
  return unnamed && !candidates.some((m) => m.tokenStart <= k && m.tokenEnd > k);
}

/** "We are journalists": what the speakers call themselves is not the target of their words. */
export function selfDescription(tokens: readonly Token[], m: ResolvedMention): boolean {
  const copula = tokens[m.tokenStart - 1];
  const subject = tokens[m.tokenStart - 2];
  return Boolean(copula && subject && COPULAS.has(copula.lower) && /^(we|i|they)$/i.test(subject.text));
}

export const SEGMENT_BREAKS = new Set([';', '–', '—', ':', 'while', 'whereas', 'but', 'although', 'though']);

/** Cue hits in the clause of the sentence that holds the mention, between breaks such as ";", "–", "while", "but". */
export function segmentHits(tokens: readonly Token[], hits: readonly CueHit[], m: ResolvedMention, sentence: Sentence): CueHit[] {
  let from = m.tokenStart;
  while (from > sentence.tokenStart && !SEGMENT_BREAKS.has(tokens[from - 1]!.lower)) from--;
  let to = m.tokenEnd;
  while (to < sentence.tokenEnd && !SEGMENT_BREAKS.has(tokens[to]!.lower)) to++;
  if (from === sentence.tokenStart && to === sentence.tokenEnd) return [];
  return hits.filter((h) => h.start >= from && h.start < to);
}

/** Verbs of talking to someone, besides the reporting verbs: "spoke to reporters". */
const TALKING = new Set(['speak', 'talk', 'write', 'say', 'explain', 'complain', 'report']);
const SPEECH_SETTINGS = new Set(['interview', 'conversation', 'meeting', 'briefing', 'call']);

/**
 * "told reporters", "told the BBC's Russian service", "said to journalists", "in an interview with
 * Reuters": whom a speaker addresses is never a target on that ground alone.
 */
export function isAddressee(tokens: readonly Token[], m: ResolvedMention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && k >= m.tokenStart - 3 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k--;
  const before = tokens[k];
  if (!before || before.sentence !== tokens[m.tokenStart]?.sentence) return false;
  if (before.lemma === 'tell' || (REPORTING_LEMMAS.has(before.lemma) && before.pos === 'VERB' && before.lemma !== 'call' && before.lemma !== 'describe' && m.kind === 'Group'))
    return true;
  const verb = tokens[k - 1];
  if (before.lemma === 'to' && verb && (TALKING.has(verb.lemma) || REPORTING_LEMMAS.has(verb.lemma))) return true;
  if (before.lemma === 'with' && verb && SPEECH_SETTINGS.has(verb.lemma)) return true;
  return false;
}

const CONCERN_PREPOSITIONS = new Set(['about', 'over', 'for', 'at', 'regarding', 'of']);

/** Verbs whose subject suffers what follows: "Central Asia continues to face many obstacles", "Kyrgyzstan risks becoming ...". */
const TROUBLE_LEMMAS = new Set(['face', 'suffer', 'struggle', 'endure', 'risk', 'lack', 'grapple']);

/**
 * "Central Asia continues to face many obstacles", "Kyrgyzstan is at risk of becoming a failed
 * state": the ills named after the subject of such a verb are its troubles, a concern about it
 * (neutral, CAMEO 012), not a charge against it.
 */
function facesTrouble(tokens: readonly Token[], m: ResolvedMention): boolean {
  let k = m.tokenEnd;
  const limit = m.tokenEnd + 4;
  while (
    k < limit &&
    tokens[k] &&
    tokens[k]!.sentence === m.sentence &&
    (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART' || /^(continue|continues|continued|still|to)$/.test(tokens[k]!.lower))
  ) {
    if (tokens[k]!.lemma === 'be' && tokens[k + 1]?.lower === 'at' && tokens[k + 2]?.lower === 'risk') return true;
    k++;
  }
  const verb = tokens[k];
  if (!verb || verb.sentence !== m.sentence) return false;
  if (/^(is|are|was|were)$/.test(verb.lower) && tokens[k + 1]?.lower === 'at' && tokens[k + 2]?.lower === 'risk') return true;
  return verb.pos === 'VERB' && TROUBLE_LEMMAS.has(verb.lemma);
}

/**
 * "concerned about the prisoners", "fears for the detainees": the object of a concern is what
 * worries the speaker, not whom the speaker opposes: a neutral stance towards it (CAMEO 012). An
 * organisation or a country named there, or an owner ("the ministry's plan"), is who is
 * responsible, and keeps the sentence's judgement.
 */
export function concernAbout(tokens: readonly Token[], hits: readonly CueHit[], m: ResolvedMention): Judgement | undefined {
  if (m.tokenEnd > m.tokenStart && facesTrouble(tokens, m)) return { code: '012', polarity: 'neutral', confidence: 0.5 };
  if (m.kind === 'Organisation' || m.kind === 'Country' || m.tokenEnd <= m.tokenStart) return undefined;
  if (/^[’']s$/.test(tokens[m.tokenEnd]?.lower ?? '')) return undefined;
  const about = hits.some((h) => {
    if (h.cue.code !== '012' || h.negated || h.start >= m.tokenStart || m.tokenStart - h.end > 6) return false;
    for (let k = h.end; k < m.tokenStart; k++) if (CONCERN_PREPOSITIONS.has(tokens[k]!.lemma)) return true;
    return false;
  });
  return about ? { code: '012', polarity: 'neutral', confidence: 0.55 } : undefined;
}

/**
 * "their application was turned down", "the plan was criticised": an act in the passive belongs
 * to its agent, named or not, never to whoever reports it.
 */
export function isPassiveAct(tokens: readonly Token[], hit: CueHit): boolean {
  return Boolean(hit.cue.subjectHolds) && isPassiveVerb(tokens, hit.start);
}

/** Whether the token is a participle after a passive auxiliary ("were refused", "have been beaten", "got detained"). */
export function isPassiveVerb(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at]!;
  if (!/(ed|en|wn|ght|pt|lt|id|ne)$/.test(verb.lower)) return false;
  let k = at - 1;
  // "beaten and mistreated": the second participle shares the first one's auxiliary.
  if (tokens[k]?.lower === 'and' && /(ed|en|wn)$/.test(tokens[k - 1]?.lower ?? '')) k -= 2;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'not' || tokens[k]!.lower === 'never')) k--;
  const aux = tokens[k];
  return Boolean(aux && (PASSIVE_AUX.has(aux.lower) || aux.lemma === 'get'));
}

/**
 * "We urge the government to ensure that the police respect the law", "the new cabinet needs to
 * repair the damage done by the former president": an appeal or an obligation is made of whom it
 * addresses (the object of the appeal, the subject of the modal); those named in what it asks for
 * are not its targets when the addressee is named, except whoever is to be freed or helped.
 */
export function outsideAppealContent<T extends ResolvedMention>(hits: readonly JudgedHit[], targets: readonly T[], tokens: readonly Token[]): T[] {
  let out = [...targets];
  for (const h of hits) {
    const r = h.reading;
    if (!r || r.askedAt < h.end) continue;
    const addressed = out.some((t) => t.tokenStart !== undefined && (h.cue.kind === 'modal' ? t.tokenEnd <= h.start : t.tokenStart >= h.end && t.tokenStart < r.askedAt));
    if (!addressed) continue;
    out = out.filter((t) => t.tokenStart === undefined || t.tokenStart < r.askedAt || askedFor([h], t, tokens) !== undefined);
  }
  return out;
}

/** The judgement of an appeal towards what it asks for: support for whoever is to be freed or helped. */
export function askedFor(hits: readonly JudgedHit[], m: ResolvedMention, tokens?: readonly Token[]): Judgement | undefined {
  // "to repair the damage done by the former president": the agent of what is to be undone is not helped by it.
  if (tokens && m.tokenStart !== undefined) {
    const before = tokens[m.tokenStart - 1]?.pos === 'DET' ? m.tokenStart - 2 : m.tokenStart - 1;
    if (tokens[before]?.lower === 'by') return undefined;
  }
  for (const h of hits) {
    const r = h.reading;
    if (r && r.supportsObject && !h.negated && m.tokenStart > r.askedAt && m.tokenStart - r.askedAt <= 8 && !(tokens && clauseOpensBetween(tokens, r.askedAt, m.tokenStart)))
      return { code: r.code, polarity: 'support', confidence: 0.6 };
  }
  return undefined;
}

/** Words that open a clause about the object: "release the lawyers detained after defending activists", "free those jailed for criticising the president". */
const OBJECT_CLAUSE_OPENERS = new Set(['after', 'who', 'whom', 'that', 'which', 'because', 'since', 'when', 'for', 'while', 'by', 'over']);

/** Whether a clause about the asked-for object opens in tokens [from, to): whoever it names is not asked for. */
function clauseOpensBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (OBJECT_CLAUSE_OPENERS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "detained five activists", "the arrest of journalists", "condemned the jailing of the blogger":
 * whoever suffers an act is not the one its critic opposes.
 */
export function isActObject(tokens: readonly Token[], m: ResolvedMention, hits: readonly CueHit[]): boolean {
  // "the violence that led to numerous victims": a group named by what befell it suffered it.
  // Concern about them ("concerned about the political prisoners") is still about them.
  if (m.kind === 'Group' && VICTIM_NOUNS.has(tokens[m.tokenEnd - 1]?.lower ?? '') && !concernAbout(tokens, hits, m)) return true;
  // "protesters demanding the release of political prisoners": whoever is to be freed is held, and
  // suffers the detention (an appeal for the release still supports them).
  const k = beforePhrase(tokens, m);
  if (tokens[k]?.lower === 'of' && RELEASE_NOUNS.has(tokens[k - 1]?.lower ?? '')) return true;
  // "to release two lawyers detained in May": an object followed by the participle of a harm suffered it.
  const before = tokens[k];
  const isObject = before !== undefined && before.sentence === m.sentence && ((before.pos === 'VERB' && !REPORTING_LEMMAS.has(before.lemma)) || before.pos === 'ADP');
  return hits.some((h) => {
    if (isObject && h.start === m.tokenEnd && isHarmCode(h) && /(?:ed|en|wn|ght)$/.test(tokens[h.start]!.lower)) return true;
    // Coercion and violence, stated as events or named by an accusing noun ("the persecution of").
    const act = isHarmCode(h);
    // "the detained journalists", "those arrested": a name that holds the act names its victims.
    if (act && h.start >= m.tokenStart && h.end <= m.tokenEnd) return true;
    // "jailed government critics, including opposition activists and journalists": a list of
    // victims may run past six words; only nouns, determiners and list words lie between.
    if (!act || h.end > m.tokenStart || m.tokenStart - h.end > 10) return false;
    for (let k = h.end; k < m.tokenStart; k++) {
      const t = tokens[k]!;
      // "beat at least one of the activists": a quantity of the victims.
      if ((t.lower === 'at' && /^(least|most)$/.test(tokens[k + 1]?.lower ?? '')) || ((t.lower === 'least' || t.lower === 'most') && tokens[k - 1]?.lower === 'at')) continue;
      // "were not permitted to visit prisoners": the object of the act withheld suffers it too.
      if (t.lemma === 'to' && tokens[k + 1]?.pos === 'VERB') {
        k++;
        continue;
      }
      // "the surveillance and arrest of bloggers and students": coordinated acts and victims suffer alike.
      if (
        !(
          t.pos === 'DET' ||
          t.pos === 'ADJ' ||
          t.pos === 'NUM' ||
          t.lemma === 'of' ||
          t.lemma === 'on' ||
          t.lemma === 'against' ||
          t.pos === 'PRON' ||
          t.pos === 'CCONJ' ||
          t.pos === 'NOUN' ||
          // "those who were injured, including two reporters": the victims listed suffer it too.
          t.lower === 'including' ||
          t.text === ','
        )
      )
        return false;
    }
    return true;
  });
}

const COMMUNICATIVE = /^(01|02|05|10|11|13)/;

/**
 * "the minister said the council criticised the plan", "the union praised the mayor": a position whose
 * subject is someone other than the speaker ("I", "we") is that subject's, not the speaker's,
 * even when no entity is recognised in the subject.
 */
export function isActOfAnother(tokens: readonly Token[], hit: CueHit, from: number): boolean {
  // Only positions the subject states (criticise, praise, accuse, urge, threaten); a refusal or an
  // obstruction reported of someone ("judges refused to watch the video") is the reporter's charge.
  // "the police denied any abuse", "the ministry rejected the report": a rejection the subject voices
  // is the subject's (a verb of CAMEO 120); a refusal to act (124) stays the reporter's charge.
  const rejection = hit.cue.code === '120' && tokens[hit.start]?.pos === 'VERB';
  if (!hit.cue.subjectHolds || !(COMMUNICATIVE.test(hit.cue.code ?? '') || rejection)) return false;
  // "... along the border with great concern": a phrase that opens with a preposition has no subject right before it.
  if (tokens[hit.start]?.pos === 'ADP') return false;
  let k = hit.start - 1;
  while (k >= from && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  const subject = tokens[k];
  if (!subject || k < from) return false;
  // "Kazakhstan said it was deeply disappointed", "she said she was appalled": a pronoun right
  // after the reporting verb is the one reporting.
  if (subject.pos === 'PRON' && /^(it|he|she|they)$/.test(subject.lower) && REPORTING_LEMMAS.has(tokens[k - 1]?.lemma ?? '')) return false;
  if (subject.pos === 'PRON') return !/^(i|we|us|[’']s)$/.test(subject.lower);
  if (subject.pos === 'NOUN' && isExtraposedInfinitive(tokens, k, from)) return false;
  return subject.pos === 'NOUN' || subject.pos === 'PROPN';
}

/**
 * "It is my pleasure to welcome you", "it was a great honour to thank them": the noun before an
 * infinitive after "it is" names how the act feels to the one speaking, and the act is theirs,
 * not the noun's. So with a verb before the noun: "I take this opportunity to thank", "we had the
 * chance to congratulate" are acts of the verb's subject ("the ministry's decision to praise" is
 * still the ministry's).
 */
function isExtraposedInfinitive(tokens: readonly Token[], noun: number, from: number): boolean {
  if (tokens[noun + 1]?.lower !== 'to') return false;
  let k = noun - 1;
  while (k >= from && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADV' || /^(my|our|his|her|their)$/.test(tokens[k]!.lower))) k--;
  if (k < from) return false;
  if (tokens[k]!.lemma === 'be') return k > from && /^(it|this)$/.test(tokens[k - 1]!.lower);
  // A determiner or possessive between: "took the opportunity", not "plans to".
  return tokens[k]!.pos === 'VERB' && k < noun - 1;
}
