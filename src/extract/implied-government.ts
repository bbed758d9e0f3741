/**
 * The authorities left unnamed: "The trial was politically motivated", "We are concerned about
 * the detention of journalists in Uzbekistan". A judgement of what a state does to people, with
 * no one named who did it, is about the government of the country in question: the country the
 * sentence names (as a place, a demonym or a group's qualifier), else the country the text is
 * about. Pure; the state-act nouns are data (gazetteer/lexicon/state-acts.json).
 */
import { StateActsFile } from '../../schema/lexicon';
import stateActs from '../../gazetteer/lexicon/state-acts.json';
import type { Knowledge, KnownEntity } from './knowledge';
import type { ResolvedMention } from './resolved-mention';
import type { CueHit } from './match-cues';
import type { Token } from './tokenize';

const STATE_ACTS: ReadonlySet<string> = new Set(StateActsFile.parse(stateActs).entries.map((e) => e.lemma));

/**
 * "the sentencing of seven journalists", "the charges against the editor", "the ban on the
 * party", "the sentence handed down to the poet": the people an act of the authorities was done
 * to, named after "of", "against" or "on" the act, or after "to" a participle that hands the act
 * out, are never whom a judgement of the act opposes.
 */
export function isObjectOfStateAct(tokens: readonly Token[], m: ResolvedMention): boolean {
  let k = m.tokenStart - 1;
  // Numbers, articles and adjectives may stand between ("of the seven young journalists"), and the
  // common nouns of an apposition ("of the independent news website Gazeta"), a few at most.
  while (k >= 0 && m.tokenStart - k <= 6 && (tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN')) k--;
  if (!/^(?:of|against|on|to)$/.test(tokens[k]?.lower ?? '')) return false;
  // Back to the act's noun through the rest of its phrase: "the raids on the offices of X", "the
  // charges brought by prosecutors against X", "the sentence of 12 years handed down to X". A
  // finite verb, an auxiliary or a comma ends the phrase: "X appealed to the court" holds no act.
  for (let a = k - 1; a >= 0 && k - a <= 10 && tokens[a]!.sentence === m.sentence; a--) {
    const t = tokens[a]!;
    if (t.pos === 'NOUN' && STATE_ACTS.has(t.lemma)) return true;
    const participle = t.pos === 'VERB' && /(?:ed|en|wn|ght|pt|lt)$/.test(t.lower) && a > 0 && tokens[a - 1]!.pos === 'NOUN';
    if (t.text === ',' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ' || (t.pos === 'VERB' && !participle)) return false;
  }
  return false;
}

/**
 * The country a known entity is the government of, as the gazetteer pairs them ("Government of
 * Tajikistan" -> Tajikistan); undefined for any other body.
 */
export function governedCountry(knowledge: Pick<Knowledge, 'governmentOf'>, entity: KnownEntity | undefined): string | undefined {
  return entity?.country && knowledge.governmentOf(entity.country)?.id === entity.id ? entity.country : undefined;
}

/** Coercion and violence stated as an event ("arrest", "detention") or named by an accusing noun ("harassment"), negated or not. */
export function isHarmCode(hit: CueHit): boolean {
  const code = hit.cue.code ?? '';
  return (hit.cue.kind === 'event' && /^(17|18|19|20)/.test(code)) || (hit.cue.kind === 'evaluative' && /^(1122|1822)$/.test(code));
}

/** A harm the text states happened: a harm cue that is not negated. */
export function isHarmCue(hit: CueHit): boolean {
  return !hit.negated && isHarmCode(hit);
}

/** Whether tokens [from, to) judge an act of the authorities: a harm cue, or an oppose cue with a state-act noun beside it. */
export function judgesStateAct(tokens: readonly Token[], hits: readonly CueHit[], from: number, to: number): boolean {
  if (hits.some(isHarmCue)) return true;
  const opposes = hits.some((h) => h.cue.kind === 'evaluative' && h.cue.polarity === 'oppose' && !h.negated);
  if (!opposes) return false;
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'NOUN' && STATE_ACTS.has(tokens[k]!.lemma)) return true;
  return false;
}

/**
 * Whether the tokens name an agent: "detained by the police", a passive's "by". A "by" before the
 * act itself ("troubled by the detention of ...", "alarmed by the ban") names the cause, not who did it.
 */
function namesAgent(tokens: readonly Token[], hits: readonly CueHit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.lower !== 'by') continue;
    let next = k + 1;
    while (next < to && (tokens[next]!.pos === 'DET' || tokens[next]!.pos === 'ADJ')) next++;
    const act = next < to && (STATE_ACTS.has(tokens[next]!.lemma) || hits.some((h) => h.start === next && isHarmCue(h)));
    if (!act) return true;
  }
  return false;
}

export interface ImpliedGovernmentInput {
  tokens: readonly Token[];
  /** Every mention of the span judged, places and demonyms included. */
  mentions: readonly ResolvedMention[];
  hits: readonly CueHit[];
  from: number;
  to: number;
  /** The Government entity of a country, added to the document when first asked for. */
  governmentOf?: (country: string) => string | undefined;
  /** The country the text is mostly about. */
  focusCountry?: string;
}

/**
 * The government a judgement of an unnamed state act is about, or undefined. Call it only when
 * the judgement found no actor to be about.
 * @example impliedGovernment({ ..., hits: [arrest], mentions: [journalists in Uzbekistan] }) // 'Q...' (Government of Uzbekistan)
 */
export function impliedGovernment(input: ImpliedGovernmentInput): string | undefined {
  const { tokens, mentions, hits, from, to, governmentOf } = input;
  // "The police denied any abuse": a denial of harm defends whoever is accused of it. A rejection
  // of the state's own act ("the charges were baseless", "rejected the verdict") opposes the state.
  const denies = hits.some((h) => h.cue.code?.startsWith('12')) && hits.some(isHarmCode);
  if (!governmentOf || denies || !judgesStateAct(tokens, hits, from, to) || namesAgent(tokens, hits, from, to)) return undefined;
  const named = mentions.find((m) => m.kind === 'Country' && m.tokenStart >= from && m.tokenEnd <= to)?.entity;
  const qualifier = mentions.find((m) => m.country && m.kind === 'Group' && m.tokenStart >= from && m.tokenEnd <= to)?.country;
  // "the trial in Almaty": a city or region stands for its country.
  const place = mentions.find((m) => (m.kind === 'City' || m.kind === 'Region') && m.known?.country && m.tokenStart >= from && m.tokenEnd <= to)?.known?.country;
  const country = named ?? qualifier ?? place ?? input.focusCountry;
  return country ? governmentOf(country) : undefined;
}

/**
 * "The Secretary-General is concerned about developments in Kyrgyzstan": a concern about a
 * situation with no actor to blame is about the place where it happens (a neutral stance). The
 * first country or region the span names, or undefined when there is no concern cue or no place.
 */
export function placeOfConcern(hits: readonly CueHit[], mentions: readonly ResolvedMention[], from: number, to: number): string | undefined {
  if (!hits.some((h) => h.cue.code === '012' && !h.negated)) return undefined;
  return mentions.find((m) => (m.kind === 'Country' || m.kind === 'Region') && m.via !== 'demonym' && m.tokenStart >= from && m.tokenEnd <= to)?.entity;
}
