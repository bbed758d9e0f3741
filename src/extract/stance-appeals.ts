/**
 * What an appeal, a demand or a modal asks for, which decides its polarity (CAMEO 02 appeal,
 * 10 demand): asking someone to stop, release or withdraw opposes them and supports whoever is
 * to be freed ("urged the authorities to free the detainees"); asking someone to help is an
 * appeal to an ally ("asked its neighbours to help"); anything else ("the city should build more
 * schools") is a recommendation, neutral towards whom it is made of.
 */
import { cameoRoot, type CameoCode } from '../../schema/cameo';
import type { AppealReading, JudgedHit } from './judge-stance';
import type { CueHit } from './match-cues';
import { EVENT_BY_LEMMA } from './stance-lexicon';
import type { Token } from './tokenize';

/** How far after the appeal word the asked verb may be ("called on the Kyrgyz authorities to immediately release"). */
const REACH = 10;
/**
 * Subjects an obligation asks nothing of anyone else: "you have to give them credit", "we need
 * to understand", "everything has to be imported". A speaker's "we" binds the speaker's own
 * side, and an appeal is a stance towards whom it is made of.
 */
const GENERIC_SUBJECTS = new Set(['you', 'one', 'we', 'everyone', 'everybody', 'everything', 'anyone', 'anything']);
const MILITARY = /^(troops?|forces?|peacekeep\w*|soldiers?|contingents?|military)$/;

/** The asked verb: after "to" (or a modal itself), skipping adverbs; or the noun of "called for the release of". */
function askedVerb(tokens: readonly Token[], hit: CueHit, limit: number): number | undefined {
  const end = Math.min(limit, hit.end + REACH);
  if (hit.cue.kind === 'modal') {
    let k = hit.end;
    while (k < end && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || tokens[k]!.lemma === 'to')) k++;
    return k < end ? k : undefined;
  }
  for (let k = hit.end; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '.') return undefined;
    if (t.lemma === 'to' && k + 1 < end) {
      let v = k + 1;
      while (v < end && tokens[v]!.pos === 'ADV') v++;
      if (tokens[v]?.pos === 'VERB' || EVENT_BY_LEMMA.has(tokens[v]?.lemma ?? '')) return v;
    }
    // "called for the release of", "demanded the withdrawal of": the asked act as a noun.
    if (k <= hit.end + 2 && EVENT_BY_LEMMA.has(t.lemma)) return k;
  }
  return undefined;
}

/**
 * "must quash the verdicts and free the journalists": of acts asked for together, a release or a
 * concession (CAMEO 08) says most about whom the appeal opposes and supports, so it is the one read.
 */
function coordinatedRelease(tokens: readonly Token[], at: number | undefined, limit: number): number | undefined {
  if (at === undefined || cameoRoot(EVENT_BY_LEMMA.get(tokens[at]!.lemma)?.code ?? '') === '08') return at;
  const end = Math.min(limit, at + REACH);
  for (let k = at + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '.') break;
    if (t.lower !== 'and' && t.text !== ',') continue;
    let v = k + 1;
    while (v < end && (tokens[v]!.pos === 'ADV' || tokens[v]!.lower === 'to')) v++;
    const code = EVENT_BY_LEMMA.get(tokens[v]?.lemma ?? '')?.code;
    // The tagger reads "free" before "the journalists" as an adjective: a determiner after it makes it the verb.
    const verb = tokens[v]?.pos === 'VERB' || (tokens[v]?.pos === 'ADJ' && tokens[v + 1]?.pos === 'DET');
    if (v < end && verb && code && cameoRoot(code) === '08') return v;
  }
  return at;
}

/** Read one appeal or modal hit; other hits pass through unchanged. */
export function readAppeal(tokens: readonly Token[], hit: CueHit, limit: number, hits: readonly CueHit[] = []): JudgedHit {
  if (hit.cue.kind !== 'appeal' && hit.cue.kind !== 'modal') return hit;
  // "must be able to", "should be released": the entry says it already.
  if (hit.cue.polarity) return hit;
  const demand = cameoRoot(hit.cue.code ?? '020') === '10';
  const at = coordinatedRelease(tokens, askedVerb(tokens, hit, limit), limit);
  const asked = at === undefined ? undefined : (EVENT_BY_LEMMA.get(tokens[at]!.lemma) ?? (tokens[at]!.lemma === 'support' ? EVENT_BY_LEMMA.get('help') : undefined));
  const root = asked?.code ? cameoRoot(asked.code) : undefined;
  // "needs to improve its record": asking someone to do better says they fall short.
  const better = at !== undefined && hits.some((h) => h.start === at && h.cue.kind === 'evaluative' && h.cue.polarity === 'support');
  let reading: AppealReading;
  if (at !== undefined && root === '08') {
    const release = asked!.code === '0841';
    const code: CameoCode = demand ? (release ? '1053' : '105') : release ? '0253' : '025';
    reading = { code, polarity: 'oppose', askedAt: at, supportsObject: release };
  } else if (at !== undefined && (root === '07' || root === '06')) {
    const military = tokens.slice(at, Math.min(limit, at + 6)).some((t) => MILITARY.test(t.lower));
    const code: CameoCode = demand ? '103' : military ? '0234' : '023';
    reading = { code, polarity: 'support', askedAt: at, supportsObject: true };
  } else if (better) {
    reading = { code: demand ? '104' : '024', polarity: 'oppose', askedAt: at!, supportsObject: false };
  } else {
    reading = { code: demand ? '100' : '020', polarity: 'neutral', askedAt: at ?? hit.end, supportsObject: false };
  }
  return { ...hit, reading };
}

/**
 * "The country has to China what its neighbours lack": "has to" with no verb after it obliges
 * no one. A modal asks for an act: a verb (or an auxiliary) after adverbs, "not" and "to".
 */
function obligesToAct(tokens: readonly Token[], hit: CueHit, limit: number): boolean {
  let k = hit.end;
  while (k < limit && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || tokens[k]!.lemma === 'to')) k++;
  const next = tokens[k];
  return k < limit && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || EVENT_BY_LEMMA.has(next.lemma));
}

/** Read every appeal and modal among the hits of a clause that ends at `limit`. */
export function readAppeals(tokens: readonly Token[], hits: readonly CueHit[], limit: number): JudgedHit[] {
  // "You have to give the council credit", "one must admit it worked": an obligation of the generic
  // "you" or "one" asks nothing of anyone; the words after it judge as they would alone.
  const own = hits.filter((h) => !(h.cue.kind === 'modal' && (GENERIC_SUBJECTS.has(tokens[h.start - 1]?.lower ?? '') || !obligesToAct(tokens, h, limit))));
  const read: JudgedHit[] = own.map((hit) => readAppeal(tokens, hit, limit, own));
  // What is asked is not judged: "should improve" praises no one.
  const askedAt = new Set(read.flatMap((h) => (h.reading ? [h.reading.askedAt] : [])));
  return read.map((h) => (!h.reading && askedAt.has(h.start) ? { ...h, asked: true } : h));
}
