/**
 * Names in running text: gazetteer names (longest match), demonyms, and capitalised chunks the
 * gazetteer does not know, classified by titles, organisation head words and context. Pure.
 */
import type { EntityKind } from '../../schema/enums';
import type { Knowledge } from './knowledge';
import type { Token, TokenizedText } from './tokenize';
import { isAbbreviatedDate, isAllCaps, isCapitalised, isMonthOrDay, isNeverName, isPossessive, isPunct, touches } from './token-tests';
import {
  CONNECTORS,
  EVENT_WORDS,
  familyNameFirst,
  NAME_PARTICLES,
  NOT_NAME_START,
  ORG_NOUNS_AFTER_NAME,
  ORG_TYPE_NOUNS,
  PATRONYMIC_WORDS,
  REPORTING_VERBS,
  ROLE_LABEL_WORDS,
  THING_WORDS,
  orgNounBefore,
  settlementAppositionAt,
} from './name-cues';
import { type MentionVia, type RawMention, type ScanContext, mentionFrom } from './raw-mention';
import { matchTitleAt, matchTitleEndingAt } from './title-match';
import { readsAsOutlet } from './outlet-context';
import { nameCueWords } from './name-cue-lists';
import { relationPatterns } from './relation-patterns';
import { LEXICON } from './stance-lexicon';
import { proseCapitals, titleCaseSentences } from './title-case';
import { isLexiconWord } from './nlp';
import { titlePhrases } from './title-phrases';

/** Whether a phrase of the group-noun lexicon starts at token `i` ("LGBT+ community", two to four tokens). */
function opensGroupPhrase(ctx: ScanContext, i: number): boolean {
  const { tokens, text, knowledge } = ctx;
  for (let n = 2; n <= 4 && i + n <= tokens.length; n++) {
    if (tokens[i + n - 1]!.sentence !== tokens[i]!.sentence) break;
    const phrase = text
      .slice(tokens[i]!.start, tokens[i + n - 1]!.end)
      .toLowerCase()
      .replace(/\s+/gu, ' ');
    if (knowledge.groupNouns.has(phrase)) return true;
  }
  return false;
}

export function canStartName(ctx: ScanContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  if (!isCapitalised(token) || isPunct(token) || isMonthOrDay(token) || isNeverName(token) || isAbbreviatedDate(ctx.tokens, i)) return false;
  if (NOT_NAME_START.has(token.pos)) return false;
  // "the LGBT+ community", "LGBTQ people": capitals that open a group noun's phrase name the group.
  if (isAllCaps(token) && opensGroupPhrase(ctx, i)) return false;
  // "SG/T/3396", "A/RES/76": a document symbol, not a name.
  const slash = ctx.tokens[i + 1];
  if (slash && slash.text === '/' && touches(token, slash)) return false;
  // "Students of the University of Talas": a common noun capitalised by its place is not a name's first word.
  if (ctx.sentenceStarts.has(i) && ctx.knowledge.groupNouns.has(token.lower)) return false;
  // "Employees of the State Committee ...", "Staff of Kloop Media": a noun of English
  // capitalised only by its place, before "of" or "from" and a body, says who; the name follows it.
  if (ctx.sentenceStarts.has(i) && pluralNounBeforeName(ctx, i)) return false;
  if (ctx.sentenceStarts.has(i) && token.pos !== 'PROPN' && !isAllCaps(token)) {
    // A capitalised first word is only a name when the next word is capitalised too.
    const next = ctx.tokens[i + 1];
    // "Rushan, the district centre of ...": an apposition says a first word is a place's name.
    if (token.pos === 'PROPN' && settlementAppositionAt(ctx.tokens, i + 1) >= 0) return true;
    if (!next || next.sentence !== token.sentence || !isCapitalised(next) || isNeverName(next) || next.pos !== 'PROPN') return false;
    // "Leading Kazakh expert ...": the capitalised word after is a demonym or a known name, not a name's second half.
    return !ctx.knowledge.demonym(next.text) && !ctx.knowledge.matchAt(ctx.texts, i + 1);
  }
  return true;
}

/** Whether the word at `i` is an English noun the running text never capitalises ("Employees", "Staff"), before of/from/at/for/with and a body's name. */
function pluralNounBeforeName(ctx: ScanContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  const prep = ctx.tokens[i + 1];
  if (!prep || prep.sentence !== token.sentence || !/^(of|from|at|for|with)$/.test(prep.lower)) return false;
  if (ctx.knowledge.orgHeadWords.has(token.lower) || ctx.proseCapitals?.has(token.lower) || !isLexiconWord(token.lower)) return false;
  // Only a body follows so: "Friends of the Earth" is a name of its own.
  for (let k = nextWordAfterArticle(ctx.tokens, i + 2); k < ctx.tokens.length && ctx.tokens[k]!.sentence === token.sentence && isCapitalised(ctx.tokens[k]!); k++) {
    if (ctx.knowledge.orgHeadWords.has(ctx.tokens[k]!.lower)) return true;
    const known = ctx.knowledge.matchAt(ctx.texts, k);
    if (known && known.entity.kind === 'Organisation') return true;
  }
  return false;
}

/**
 * Where a name ending in a place-bound head ("Embassy", "Delegation", "Summit") at `end - 1`
 * runs on through "in/to (the) <known place>": the U.S. Embassy in Turkmenistan and the one in
 * Georgia are two bodies, so the place is part of the name. Undefined when no such place follows.
 */
export function placeBoundEnd(ctx: Pick<ScanContext, 'tokens' | 'texts' | 'knowledge'>, end: number, start = end - 1): number | undefined {
  const { tokens, knowledge } = ctx;
  const head = tokens[end - 1];
  const prep = tokens[end];
  if (!head || !prep || prep.sentence !== head.sentence || !/^(in|to)$/.test(prep.lower)) return undefined;
  // The head ends the name ("EU Delegation") or opens it before "of" ("Delegation of the EU").
  const heads = relationPatterns().placeInNameHeads;
  if (!heads.has(head.lower) && !(start < end - 1 && heads.has(tokens[start]!.lower) && tokens[start + 1]?.lower === 'of')) return undefined;
  const at = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  const place = knowledge.matchAt(ctx.texts, at);
  if (!place || place.demonym || (place.entity.kind !== 'Country' && place.entity.kind !== 'City' && place.entity.kind !== 'Region')) return undefined;
  // "the Embassy in Astana's view": a possessive after the place makes it no part of the name.
  const after = tokens[at + place.length];
  if (after && isPossessive(after)) return undefined;
  return at + place.length;
}

/** Extend a capitalised chunk from `start`: capitalised words, hyphen joins and connectors inside organisation names. */
export function chunkEnd(ctx: ScanContext, start: number): number {
  const end = wordsEnd(ctx, start);
  return placeBoundEnd(ctx, end, start) ?? end;
}

function wordsEnd(ctx: ScanContext, start: number): number {
  const { tokens, knowledge } = ctx;
  let end = start + 1;
  let orgLike = knowledge.orgHeadWords.has(tokens[start]!.lower);
  // "the State Programme for the Development of Rural Schools": a programme's or a law's title
  // runs across its connectors like an organisation's name, and is then classified as a thing.
  let thingLike = THING_WORDS.has(tokens[start]!.lower);
  while (end < tokens.length) {
    const t = tokens[end]!;
    if (t.sentence !== tokens[start]!.sentence) break;
    // "Helsinki Commission Chairman Senator Sam Brownback": a holder's name after a post starts a name of its own.
    if (ctx.phrases?.stops.has(end) || headlineVerbAt(ctx, end)) break;
    if (isCapitalised(t) && !isNeverName(t) && !isMonthOrDay(t)) {
      orgLike ||= knowledge.orgHeadWords.has(t.lower);
      thingLike ||= THING_WORDS.has(t.lower);
      end++;
      continue;
    }
    // "Aizada Bekova kyzy": a patronymic word closes a personal name.
    if (PATRONYMIC_WORDS.has(t.lower) && !orgLike && !thingLike && end - start >= 1 && tokens.slice(start, end).every((x) => x.pos === 'PROPN' || isCapitalised(x))) {
      end++;
      break;
    }
    // "Nur-Sultan", "Jalal-Abad": hyphen between two capitalised words with no spaces.
    const next = tokens[end + 1];
    // "Prosecutor General's Office": a possessive inside an organisation name.
    if (isPossessive(t) && next && next.sentence === t.sentence && isCapitalised(next) && knowledge.orgHeadWords.has(next.lower)) {
      orgLike = true;
      end += 2;
      continue;
    }
    if (t.text === '-' && next && touches(tokens[end - 1]!, t) && touches(t, next) && isCapitalised(next)) {
      end += 2;
      continue;
    }
    // "Ban Soon-taek", "Moon Jae-in": a Korean given name's second syllable in lower case, no English word.
    if (t.text === '-' && next && touches(tokens[end - 1]!, t) && touches(t, next) && isKoreanSyllable(next) && end - start >= 2 && isCapitalised(tokens[end - 1]!)) {
      end += 2;
      continue;
    }
    if (NAME_PARTICLES.has(t.lower) && next && isCapitalised(next) && next.sentence === t.sentence && !orgLike) {
      end += 2;
      continue;
    }
    // "Tash Radio in Osh and Batken": a name that already ends in a head word stops before in/on/at/and.
    const endsInHead = knowledge.orgHeadWords.has(tokens[end - 1]!.lower);
    // "Elmira Dzhumabaeva of Radio Azattyk": a personal name is not the start of an organisation's.
    const personSoFar =
      !orgLike && !thingLike && end - start >= 2 && end - start <= 3 && tokens.slice(start, end).every((x) => x.pos === 'PROPN' && !knowledge.orgHeadWords.has(x.lower));
    if (
      CONNECTORS.has(t.lower) &&
      next &&
      next.sentence === t.sentence &&
      !(endsInHead && /^(in|on|at|and|&)$/.test(t.lower)) &&
      !(personSoFar && /^(of|at|from|for)$/.test(t.lower))
    ) {
      // Look ahead: connectors join only where the phrase is (or becomes) an organisation name.
      let k = end + 1;
      while (k < tokens.length && tokens[k]!.lower === 'the') k++;
      let j = k;
      let aheadOrg = false;
      while (j < tokens.length && tokens[j]!.sentence === t.sentence && isCapitalised(tokens[j]!) && !isNeverName(tokens[j]!) && !(j > k && ctx.phrases?.stops.has(j))) {
        aheadOrg ||= knowledge.orgHeadWords.has(tokens[j]!.lower);
        j++;
      }
      // "and" joins only inside a name already known to be an organisation: "Bureau for Human
      // Rights and Rule of Law", never "Tajikistan and Uzbekistan".
      // A second article or a second head word starts a second name: "the University of Osh and
      // the Silk Road Lyceum", "Osh State University and Ala-Too Medical Institute".
      const joinsAnd = t.lower !== 'and' && t.lower !== '&' ? true : (orgLike || thingLike) && k === end + 1 && !aheadOrg;
      if (j > k && (orgLike || thingLike || aheadOrg) && joinsAnd) {
        orgLike = true;
        end = j;
        continue;
      }
    }
    // "Article 19 condemned ...", "Charter 97", "Free Voice 21": a number of up to three digits
    // closes a name, unless what follows makes it a count or a clause ("3 times", "19 of the Constitution").
    if (/^\d{1,3}$/.test(t.text)) {
      const after = tokens[end + 1];
      const count = after && after.sentence === t.sentence && (after.pos === 'NOUN' || after.pos === 'NUM' || /^(of|%|-|per)$/.test(after.lower));
      // "‘Gas 50’": a quoted slogan or a translation is no body.
      const quoted = /^[“"‘'«’”»]$/.test(tokens[start - 1]?.text ?? '') || /^[“"‘'«’”»]$/.test(after?.text ?? '');
      if (!count && !quoted) end++;
    }
    break;
  }
  return end;
}

export function classifyChunk(ctx: ScanContext, start: number, end: number, hasTitle: boolean): EntityKind | undefined {
  const { tokens, knowledge } = ctx;
  // "Trans-Caspian" is one word: hyphens and the parts they join count once.
  const words = tokens.slice(start, end).filter((w, k, all) => w.text !== '-' && all[k - 1]?.text !== '-');
  const lowers = words.map((w) => w.lower);
  if (words.length === 1 && knowledge.orgHeadWords.has(lowers[0]!)) return undefined;
  // "(See Press Release SG/SM/12827)", "SG/T/2349": a UN document symbol and its label name no one.
  if (isDocumentSymbolAt(tokens, end - 1)) return undefined;
  // "Senior State Department Official", "Foreign Service Officer": a role ending in a title word
  // names a post, not a body or a person.
  if (words.length > 1 && knowledge.titles.has(lowers[lowers.length - 1]!) && !knowledge.orgHeadWords.has(lowers[lowers.length - 1]!)) return undefined;
  // "Programme of Economic Cooperation", "Law on Mass Media": the head before the first connector is a thing.
  const connector = lowers.findIndex((w, k) => k > 0 && CONNECTORS.has(w) && !NAME_PARTICLES.has(w));
  if (connector > 0 && THING_WORDS.has(lowers[connector - 1]!)) return undefined;
  // "Central Election Commission", "Revolution Museum": a body named after an event is a body.
  if (words.length > 1 && knowledge.orgHeadWords.has(lowers[lowers.length - 1]!)) return 'Organisation';
  if (lowers.some((w) => EVENT_WORDS.has(w)) && words.length > 1) return 'Event';
  if (lowers.some((w) => knowledge.orgHeadWords.has(w))) return 'Organisation';
  const prev = tokens[start - 1];
  const next = tokens[end];
  if (prev && knowledge.placeCueWords.has(prev.lower) && tokens[start - 2]?.lower !== 'the') return 'City';
  if (next && knowledge.placeCueWords.has(next.lower) && next.sentence === words[0]!.sentence)
    return /^(region|oblast|province|district|valley)$/.test(next.lower) ? 'Region' : 'City';
  if (words.length === 1 && isAllCaps(words[0]!)) {
    // "ASSISTANT SECRETARY BLAKE:": a shouted name after a shouted title is its holder, not an acronym.
    if (hasTitle && prev && isAllCaps(prev) && prev.lower !== 'of' && words[0]!.text.length >= 4 && /^\p{L}+$/u.test(words[0]!.text)) return 'Person';
    // "COVID-19", "MH17": a code with digits names a disease or a flight, not a body.
    if (/\d/.test(words[0]!.text)) return undefined;
    // "11,521 EUR", "USD 5 million": three capitals beside an amount are a currency or a unit.
    if (words[0]!.text.length === 3 && ((prev && /\d/.test(prev.text)) || (next && /^\d/.test(next.text)))) return undefined;
    // "Washington, DC", "Portland, OR": a state's abbreviation after its city.
    const city = start >= 2 && prev?.text === ',' ? (ctx.knowledge.matchAt(ctx.texts, start - 2) ?? ctx.knowledge.matchAt(ctx.texts, start - 3)) : undefined;
    if (city && city.entity.kind === 'City') return undefined;
    return 'Organisation';
  }
  if (settlementAppositionAt(tokens, end) >= 0) return 'City';
  // "Article 19", "Charter 97", "Radio 31": a name that ends in a number is a body, never a person.
  if (words.length > 1 && /^\d+$/u.test(words[words.length - 1]!.text)) return 'Organisation';
  // In a title-case headline a title is no evidence either: "Kyrgyzstan's President Addresses
  // Journalist Detentions" names no "Addresses Journalist Detentions".
  const headlineOnly = ctx.titleCase?.has(words[0]!.sentence) === true && !ctx.proseCapitals?.has(lowers[lowers.length - 1]!);
  if (hasTitle && !headlineOnly) return 'Person';
  const followedByReporting = next && next.sentence === words[0]!.sentence && REPORTING_VERBS.has(next.lower);
  const alphabetic = words.every((w) => /^[\p{L}'’.-]+$/u.test(w.text));
  if (!alphabetic) return undefined;
  // "the founder of the opposition DAT newspaper Ermurat Bapi": a noun that closed a body's name
  // announces no second body.
  if (orgNounBefore(ctx, start) && ctx.mentions?.[ctx.mentions.length - 1]?.tokenEnd !== start) return 'Organisation';
  // "the Middle Corridor", "the Rogun Dam", "the Law on Mass Media": named things, not actors.
  if (THING_WORDS.has(lowers[lowers.length - 1]!)) return undefined;
  if (followedByReporting) return 'Person';
  // "Ambassador X’s Interview to Jahon IA", "Interview by X, ..., With VOA Uzbek Service": in a
  // headline, whom an interview is given to is the outlet that asks.
  if (headlineOnly && interviewOutletAt(tokens, start)) return 'Organisation';
  // In a headline every word is capitalised: "Traditional Values", "A Bright Future" are not people
  // unless the running text writes the name too.
  if (headlineOnly) return undefined;
  // "the Natural Gas Pipeline Framework", "Southern Border Region": a thing word or a place word
  // inside a longer chunk names a thing or an area, never a person.
  // Words that are also people's names ("Park", "Law", "Day") are no evidence.
  if (words.length >= 3 && lowers.some((w) => (THING_WORDS.has(w) && !NAME_LIKE_THING_WORDS.has(w)) || /^(region|oblast|province|district)$/.test(w))) return undefined;
  // "publications by Temirov Live and Ait Ait Dese": a name joined to a body's by "and", with
  // nothing that says person, is a second body.
  if (words.length >= 2 && words.length <= 4 && coordinatedWithBody(ctx, start, end)) return 'Organisation';
  if (words.length >= 2 && words.length <= 4) return 'Person';
  // "Bekova criticised the vote": a lone proper noun acting as a subject.
  // At a sentence start the capital is no evidence: "Prosecutors opened cases", a plural of a
  // role, or "Growth slowed", an English word, needs the word capitalised elsewhere too (or the
  // name written in full, checked next); "Bekova criticised", a word English does not have, does not.
  const capitalOnlyAtStart =
    ctx.sentenceStarts.has(start) &&
    (/(?:ers|ors|ists|ants|ents|ians)$/.test(lowers[0]!) || isLexiconWord(lowers[0]!)) &&
    ctx.proseCapitals !== undefined &&
    !ctx.proseCapitals.has(lowers[0]!);
  // "Haraszti also criticized ...", "said Ribeiro.": the surname of a person the text has named in full.
  if (words.length === 1 && ctx.surnames?.has(lowers[0]!) && !headlineOnly) return 'Person';
  // "Release jailed journalists", "Free detained bloggers": a verb of the lexicon opening a sentence
  // (or a headline after its colon) is an imperative, unless the text capitalises it mid-sentence too.
  const verbAtStart = ctx.sentenceStarts.has(start) && LEXICON_VERBS.has(lowers[0]!) && !ctx.proseCapitals?.has(lowers[0]!);
  if (
    words.length === 1 &&
    words[0]!.pos === 'PROPN' &&
    next?.pos === 'VERB' &&
    /ed$/.test(next.lower) &&
    next.sentence === words[0]!.sentence &&
    !capitalOnlyAtStart &&
    !verbAtStart
  )
    return 'Person';
  // An apposition right after the name: "Bakyt, a lawyer," / "Omarova, head of ..."
  if (next?.text === ',' && matchTitleAt(tokens, nextWordAfterArticle(tokens, end + 1), knowledge.titles)) return 'Person';
  return undefined;
}

const PLACE_KINDS: ReadonlySet<EntityKind> = new Set(['Country', 'Region', 'City']);

/** Whether the chunk at `start` follows "to", "with" or "for" in a sentence that names an interview before it. */
function interviewOutletAt(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1];
  if (!prev || !/^(to|with|for)$/.test(prev.lower)) return false;
  for (let k = start - 2; k >= 0 && tokens[k]!.sentence === prev.sentence && start - k <= 30; k--) if (/^interviews?$/.test(tokens[k]!.lower)) return true;
  return false;
}

/** Whether the token at `k` opens a document symbol: capitals, then "/" touching more capitals or digits ("SG/SM/12827"). */
function isDocumentSymbolAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const slash = tokens[k + 1];
  const next = tokens[k + 2];
  return (
    t !== undefined && slash?.text === '/' && next !== undefined && touches(t, slash) && touches(slash, next) && /^[\p{Lu}\d]+$/u.test(t.text) && /^[\p{Lu}\d]+$/u.test(next.text)
  );
}

/** The lower-case second syllable of a Korean given name ("taek", "moon", "in"): short, letters only, no English word. */
function isKoreanSyllable(t: Token): boolean {
  return /^\p{Ll}{2,5}$/u.test(t.text) && (!isLexiconWord(t.lower) || /^(?:moon|un|hee|ho|ha)$/u.test(t.lower));
}

/** Parts of speech of the lower-case words that may describe a name after "and": "its partner project". */
const DESCRIBING_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'DET', 'PRON']);

/**
 * Whether the chunk [start, end) follows "and", "or" or "&" (and at most three lower-case words
 * describing it: "and its sister project ...") right after an organisation's mention, and carries no
 * mark of a person: no patronymic, no initial, no surname of a person the text has named.
 */
function coordinatedWithBody(ctx: ScanContext, start: number, end: number): boolean {
  const { tokens } = ctx;
  let k = start - 1;
  while (k > start - 4 && k >= 0 && /^\p{Ll}+$/u.test(tokens[k]!.text) && !/^(and|or)$/.test(tokens[k]!.lower) && DESCRIBING_POS.has(tokens[k]!.pos)) k--;
  if (k < 1 || !/^(and|or|&)$/.test(tokens[k]!.lower) || tokens[k]!.sentence !== tokens[start]!.sentence) return false;
  const before = ctx.mentions?.[ctx.mentions.length - 1];
  if (!before || before.kind !== 'Organisation' || before.tokenEnd !== k) return false;
  return tokens.slice(start, end).every((t) => !PATRONYMIC_WORDS.has(t.lower) && !/^\p{Lu}\.$/u.test(t.text) && !ctx.surnames?.has(t.lower));
}

/**
 * Whether the token at `k` is the verb of a title-case headline ("Helsinki Commission Leadership
 * Condemns Kyrgyz Return ..."): a verb in its -s form whose stem is a verb of the stance or
 * speech lexicon. Capitals there say nothing; the verb ends the name before it.
 */
function headlineVerbAt(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.pos !== 'VERB' || !ctx.titleCase?.has(t.sentence) || !/[^s]s$/.test(t.lower)) return false;
  const stem = t.lower.replace(/e?s$/, '');
  return REPORTING_VERBS.has(t.lower) || LEXICON_VERBS.has(stem) || LEXICON_VERBS.has(t.lower.slice(0, -1));
}

/** One-word verbs of the stance and event lexicon ("release", "condemn", "arrest"). */
const LEXICON_VERBS: ReadonlySet<string> = new Set(LEXICON.filter((e) => /^[a-z]+$/u.test(e.lemma) && (!e.pos || e.pos.includes('VERB'))).map((e) => e.lemma));

/** Thing words that are also given names or surnames: "Maria Park Lee", "Jude Law". */
const NAME_LIKE_THING_WORDS = nameCueWords('name-like-thing-heads');

export function nextWordAfterArticle(tokens: readonly Token[], i: number): number {
  return tokens[i] && /^(a|an|the)$/.test(tokens[i]!.lower) ? i + 1 : i;
}

/**
 * "Adilet Plus" is not "Adilet": a known organisation name followed at once by more capitalised
 * words that are neither a title nor another known name is a longer name of its own.
 */
export function longerUnknownName(ctx: ScanContext, i: number, knownLength: number): number | undefined {
  const { tokens, knowledge } = ctx;
  const next = tokens[i + knownLength];
  if (!next || next.sentence !== tokens[i]!.sentence || !isCapitalised(next) || isNeverName(next) || isMonthOrDay(next)) return undefined;
  // "the Bureau of South and Central Asian Affairs Dean Thompson": the holder of a post named before the body.
  if (ctx.phrases?.stops.has(i + knownLength)) return undefined;
  if (next.pos !== 'PROPN' && next.pos !== 'NOUN') return undefined;
  // "VOA Uzbek Service", "BBC Russian Service": a demonym and a head word after a known body name one of its parts.
  const service = knowledge.demonym(next.text) !== undefined && knowledge.orgHeadWords.has(tokens[i + knownLength + 1]?.lower ?? '');
  if (!service && (knowledge.matchAt(ctx.texts, i + knownLength) || matchTitleAt(tokens, i + knownLength, knowledge.titles) || knowledge.demonym(next.text))) return undefined;
  // "OSCE media freedom representative Dunja Mijatovic": a known post is followed by its holder's name.
  if (knowledge.titles.has(tokens[i + knownLength - 1]!.lower)) return undefined;
  let end = i + knownLength;
  while (
    end < tokens.length &&
    tokens[end]!.sentence === next.sentence &&
    isCapitalised(tokens[end]!) &&
    !isNeverName(tokens[end]!) &&
    !(knowledge.matchAt(ctx.texts, end) && !(service && end === i + knownLength)) &&
    !ctx.phrases?.stops.has(end) &&
    !headlineVerbAt(ctx, end)
  )
    end++;
  // "the UN Regional Center for Preventive Diplomacy": a longer name that ends in a head word runs
  // on across its connectors like any organisation's name.
  if (knowledge.orgHeadWords.has(tokens[end - 1]!.lower) && CONNECTORS.has(tokens[end]?.lower ?? '')) end = Math.max(end, wordsEnd(ctx, i));
  // "the EU Statement on ...": a known body's document is no body of its own.
  if (THING_WORDS.has(tokens[end - 1]!.lower)) return undefined;
  // "Executive Director of IPI Aliya Serikova": after "<title> of", a known body followed by a
  // name without a head word is the body and then the holder of the title.
  const tail = tokens.slice(i + knownLength, end);
  const ofBefore = tokens[i - 1]?.lower === 'of' ? i - 1 : tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'of' ? i - 2 : -1;
  if (
    ofBefore > 0 &&
    tail.length >= 2 &&
    tail.length <= 3 &&
    !tail.some((t) => knowledge.orgHeadWords.has(t.lower)) &&
    (matchTitleEndingAt(tokens, ofBefore, knowledge.titles) || matchTitleEndingAt(tokens, ofBefore + 1, knowledge.titles))
  )
    return undefined;
  return placeBoundEnd(ctx, end, i) ?? end;
}

/** Whether the capitalised chunk starting at `i` is an organisation name that merely starts with a place or demonym. */
export function orgChunkAhead(ctx: ScanContext, i: number, knownLength: number): number | undefined {
  const end = chunkEnd(ctx, i);
  if (end <= i + knownLength) return undefined;
  const tail = ctx.tokens.slice(i + knownLength, end);
  return tail.some((t) => ctx.knowledge.orgHeadWords.has(t.lower)) ? end : undefined;
}

/**
 * Scan names: gazetteer matches, demonyms and unknown capitalised chunks.
 * @example findNameMentions(tokenized, text, knowledge) // [{ surface: 'Aida Bekova', kind: 'Person', ... }]
 */
export function findNameMentions(tokenized: TokenizedText, text: string, knowledge: Knowledge): RawMention[] {
  const { tokens, sentences } = tokenized;
  const ctx: ScanContext = { tokens, texts: tokens.map((t) => t.text), knowledge, sentenceStarts: new Set(sentences.map((s) => s.tokenStart)), text };
  // Quotation marks and brackets open a fresh "sentence start" for capitalisation purposes.
  tokens.forEach((t, i) => {
    if (/^[“"‘(«[–—:]$/.test(t.text) && tokens[i + 1]) ctx.sentenceStarts.add(i + 1);
  });
  ctx.titleCase = titleCaseSentences(tokens);
  ctx.proseCapitals = proseCapitals(tokens, ctx.titleCase, ctx.sentenceStarts);
  ctx.phrases = titlePhrases(ctx);
  const mentions: RawMention[] = [];
  ctx.mentions = mentions;
  ctx.surnames = new Set();
  let seen = 0;
  let i = 0;
  while (i < tokens.length) {
    for (; seen < mentions.length; seen++) {
      const m = mentions[seen]!;
      if (m.kind !== 'Person' || m.tokenEnd - m.tokenStart < 2) continue;
      ctx.surnames.add(tokens[m.tokenEnd - 1]!.lower);
      // "Ban, in a statement, praised ...": a Korean family name stands for the person too.
      const family = familyNameFirst(m.surface);
      if (family) ctx.surnames.add(family.toLowerCase());
    }
    const token = tokens[i]!;
    if (isPunct(token)) {
      i++;
      continue;
    }
    const known = knowledge.matchAt(ctx.texts, i);
    // "Under Secretary for Political Affairs Nicholas Burns": the post and its scope are no name;
    // a place in the scope ("Special Representative for Central Asia") still is one.
    if (ctx.phrases.postWords.has(i) && !(known && !known.demonym && PLACE_KINDS.has(known.entity.kind))) {
      i++;
      continue;
    }
    if (known && !(ctx.sentenceStarts.has(i) && known.length === 1 && !isCapitalised(token))) {
      // "CPJ Central Asia Program Coordinator Nina Ognianova": a known name whose last word opens a
      // post ("Program Coordinator") before a holder's name is that post's scope, not the body.
      const straddling = known.length > 1 && known.entity.kind === 'Organisation' ? matchTitleAt(tokens, i + known.length - 1, knowledge.titles) : undefined;
      if (straddling && straddling.end > i + known.length && canStartName(ctx, straddling.end)) {
        i = straddling.end;
        continue;
      }
      const longer = known.entity.kind === 'Organisation' ? longerUnknownName(ctx, i, known.length) : undefined;
      if (longer !== undefined) {
        // "the SCO Summit in Astana": a known body's meeting is an event, not a body.
        const event = tokens.slice(i + known.length, longer).some((t) => EVENT_WORDS.has(t.lower));
        mentions.push(mentionFrom(ctx, i, longer, { kind: event ? 'Event' : 'Organisation', via: 'name' }));
        i = longer;
        continue;
      }
      // "the think tank Qazaq Strategy": after an organisation noun, a known place or demonym starts a longer name.
      // Only a noun of an organisation's type does that: after "President of", "Russia" in
      // "President of Russia Vladimir Putin" is the country, and the name after it a person's.
      const typeNounBefore = ORG_TYPE_NOUNS.has(tokens[i - 1]?.lower ?? '');
      const afterOrgNoun = known.entity.kind !== 'Organisation' && known.entity.kind !== 'Person' && typeNounBefore ? chunkEnd(ctx, i) : undefined;
      const orgEnd =
        afterOrgNoun !== undefined && afterOrgNoun > i + known.length
          ? afterOrgNoun
          : known.entity.kind === 'Organisation' || known.entity.kind === 'Person'
            ? undefined
            : orgChunkAhead(ctx, i, known.length);
      // "according to Fergana", "Fergana reported": the outlet, not the city, when one is known.
      const placeKind = known.entity.kind === 'City' || known.entity.kind === 'Region';
      const outlet =
        orgEnd === undefined && placeKind && !known.demonym && readsAsOutlet(ctx, i, i + known.length, known.entity.capitalOf !== undefined)
          ? knowledge.outletNamed(ctx.text.slice(token.start, tokens[i + known.length - 1]!.end))
          : undefined;
      if (outlet) {
        mentions.push(mentionFrom(ctx, i, i + known.length, { kind: 'Organisation', via: 'alias', known: outlet }));
        i += known.length;
        continue;
      }
      if (orgEnd === undefined && known.demonym && tokens[i - 1]?.lower === 'ethnic' && known.length === 1 && /s$/.test(token.lower)) {
        // "ethnic Uzbeks": a people as a collective actor, tied to its country.
        const label = ctx.text.slice(tokens[i - 1]!.start, token.end);
        mentions.push(mentionFrom(ctx, i - 1, i + 1, { kind: 'Group', via: 'group-noun', label, base: label, country: known.entity.id, qualifier: 'demonym' }));
        i += 1;
        continue;
      }
      if (orgEnd === undefined) {
        const title = titleBefore(ctx, i);
        const via: MentionVia = known.demonym
          ? 'demonym'
          : isAllCaps(tokens[i]!) && known.length === 1
            ? 'acronym'
            : known.entity.label === ctx.text.slice(token.start, tokens[i + known.length - 1]!.end)
              ? 'name'
              : 'alias';
        mentions.push(mentionFrom(ctx, i, i + known.length, { kind: known.entity.kind, via, known: known.entity, ...(title ? { title } : {}) }));
        i += known.length;
        continue;
      }
      mentions.push(mentionFrom(ctx, i, orgEnd, { kind: 'Organisation', via: 'name' }));
      i = orgEnd;
      continue;
    }
    // "OAO Gazprom", "PJSC Rosneft": a company form before a known company is not part of its name.
    if (isAllCaps(token) && knowledge.orgHeadWords.has(token.lower) && knowledge.matchAt(ctx.texts, i + 1)?.entity.kind === 'Organisation') {
      i++;
      continue;
    }
    // "Ms Karimova", "Prof. Aliya Nurova", "Madam Ambassador": an honorific is never part of a
    // name or its key; the name (or the bare title) starts after it.
    if (isHonorific(ctx, i) && tokens[i + 1] && tokens[i + 1]!.sentence === token.sentence && isCapitalised(tokens[i + 1]!) && !isPunct(tokens[i + 1]!)) {
      i++;
      continue;
    }
    if (isCapitalised(token)) {
      const place = knowledge.demonym(token.text);
      if (place) {
        // "the think tank Qazaq Strategy": after an organisation noun a demonym starts a name.
        const named = orgNounBefore(ctx, i) && tokens[i + 1] && isCapitalised(tokens[i + 1]!) ? chunkEnd(ctx, i) : undefined;
        const orgEnd = named !== undefined && named > i + 1 ? named : orgChunkAhead(ctx, i, 1);
        if (orgEnd !== undefined) {
          mentions.push(mentionFrom(ctx, i, orgEnd, { kind: 'Organisation', via: 'name' }));
          i = orgEnd;
        } else if (tokens[i - 1]?.lower === 'ethnic' && /s$/.test(token.lower)) {
          // "ethnic Uzbeks": a people as a collective actor, tied to its country.
          const label = ctx.text.slice(tokens[i - 1]!.start, token.end);
          mentions.push(mentionFrom(ctx, i - 1, i + 1, { kind: 'Group', via: 'group-noun', label, base: label, country: place.id, qualifier: 'demonym' }));
          i++;
        } else {
          mentions.push(mentionFrom(ctx, i, i + 1, { kind: place.kind, via: 'demonym', known: place }));
          i++;
        }
        continue;
      }
    }
    // Titles written before a name are not part of it: "President Tokayev", "Senior Policy Adviser".
    const titleHere = isCapitalised(token) ? matchTitleAt(tokens, i, knowledge.titles) : undefined;
    if (titleHere && titleHere.end > i && titleHere.end < tokens.length && canStartName(ctx, titleHere.end) && !knowledge.orgHeadWords.has(tokens[titleHere.end - 1]!.lower)) {
      i = titleHere.end;
      continue;
    }
    if (canStartName(ctx, i)) {
      // "Prosecutor Farrukh Alimov": a title opening the chunk is not part of the name.
      const lead = matchTitleAt(tokens, i, knowledge.titles);
      const full = chunkEnd(ctx, i);
      const rest = lead ? tokens.slice(lead.end, full) : [];
      // "Deputy Chief of Mission Courtney Walsh": a title may run past the chunk's first connector.
      if (lead && lead.end !== full && lead.end < tokens.length && canStartName(ctx, lead.end) && !rest.some((t) => knowledge.orgHeadWords.has(t.lower))) {
        i = lead.end;
        continue;
      }
      // "IPI Deputy Director Scott Griffen", "CPJ researcher Aida Bekova": an unknown acronym, then
      // a title, then a name is the body, the title and its holder, never one long name.
      const acronymEnd = acronymBeforeTitle(ctx, i, full) ?? acronymBeforeHolder(ctx, i, full);
      if (acronymEnd !== undefined) {
        mentions.push(mentionFrom(ctx, i, acronymEnd, { kind: 'Organisation', via: 'acronym' }));
        i = acronymEnd;
        continue;
      }
      // "Acting Head of the OSCE Office": a title and "of" before a name belong to no name.
      const roleOf = roleOfAt(ctx, i);
      if (roleOf !== undefined) {
        i = roleOf;
        continue;
      }
      const chunkStop = chunkEnd(ctx, i);
      // "Independent Kazakhstan has ...": a known place inside a chunk with no organisation word
      // ends whatever name runs into it; a lone word before it is no name at all.
      const place = placeInside(ctx, i, chunkStop);
      if (place === i + 1) {
        i = place;
        continue;
      }
      const end = place ?? chunkStop;
      // Hyphens glue as in the title list: "Secretary-General" is the title "secretary-general".
      const chunk = tokens
        .slice(i, end)
        .map((t, k, all) => (k > 0 && (t.text === '-' || all[k - 1]!.text === '-') && all[k - 1]!.end === t.start ? t.lower : ` ${t.lower}`))
        .join('')
        .trim();
      // A role written alone ("Senior Policy Adviser at ..."), a group noun ("NGO staff") or a
      // shouted heading ("PRESS RELEASE") is not a name.
      const shouted = end - i > 1 && tokens.slice(i, end).every((t) => isAllCaps(t));
      // "The Foreign Ministers of A, B and C": a title in the plural is holders of it, never a name.
      const pluralTitle = chunk.endsWith('s') && knowledge.titles.has(chunk.slice(0, -1));
      if (shouted || ROLE_LABEL_WORDS.has(chunk) || knowledge.titles.has(chunk) || pluralTitle || knowledge.groupNouns.has(chunk) || knowledge.groupNouns.has(`${chunk}s`)) {
        // "the Assistant Secretary of State said": the title runs on past the chunk's connector.
        i = knowledge.titles.has(chunk) ? Math.max(end, lead?.end ?? end) : end;
        continue;
      }
      const title = titleBefore(ctx, i);
      const follower = tokens[end];
      if (follower && follower.sentence === token.sentence && ORG_NOUNS_AFTER_NAME.has(follower.lower) && !knowledge.demonym(tokens[end - 1]!.text)) {
        mentions.push(mentionFrom(ctx, i, end + 1, { kind: 'Organisation', via: 'name' }));
        i = end + 1;
        continue;
      }
      const kind = classifyChunk(ctx, i, end, Boolean(title) || (i > 0 && isHonorific(ctx, i - 1)));
      if (kind) {
        // A lone possessive or trailing connector never belongs to the name.
        let last = end;
        while (last > i + 1 && (CONNECTORS.has(tokens[last - 1]!.lower) || isPossessive(tokens[last - 1]!))) last--;
        mentions.push(mentionFrom(ctx, i, last, { kind, via: 'name', ...(title ? { title } : {}) }));
      }
      i = end;
      continue;
    }
    i++;
  }
  return mentions;
}

/**
 * Where the acronyms opening a chunk end, when a title and a name that can start follow them
 * inside the chunk ("IPI Deputy Director Scott Griffen" -> after "IPI"); otherwise undefined.
 */
function acronymBeforeTitle(ctx: ScanContext, i: number, end: number): number | undefined {
  const { tokens, knowledge } = ctx;
  let k = i;
  while (k < end && isAllCaps(tokens[k]!) && tokens[k]!.text.length >= 2) k++;
  if (k === i || k >= end - 1) return undefined;
  const title = matchTitleAt(tokens, k, knowledge.titles);
  if (!title || title.end >= end || !canStartName(ctx, title.end)) return undefined;
  return k;
}

/**
 * "Executive Director of IPI Aliya Serikova": after "<title> of", an acronym followed by two or
 * three capitalised words without a head word is the body, and the words are the title's holder.
 * Returns the index after the acronym, else undefined.
 */
function acronymBeforeHolder(ctx: ScanContext, i: number, end: number): number | undefined {
  const { tokens, knowledge } = ctx;
  const token = tokens[i]!;
  if (!isAllCaps(token) || token.text.length < 2 || /\d/.test(token.text) || end - i < 3 || end - i > 4) return undefined;
  const ofAt = tokens[i - 1]?.lower === 'of' ? i - 1 : -1;
  if (ofAt < 1 || !(matchTitleEndingAt(tokens, ofAt, knowledge.titles) || matchTitleEndingAt(tokens, ofAt + 1, knowledge.titles))) return undefined;
  const rest = tokens.slice(i + 1, end);
  if (rest.some((t) => isAllCaps(t) || knowledge.orgHeadWords.has(t.lower) || t.pos !== 'PROPN')) return undefined;
  return i + 1;
}

/**
 * The index of the name after "<title> of (the)" when a title (perhaps after one modifier:
 * "Acting", "Deputy") opens the chunk at `i` and a capitalised word follows; else undefined.
 */
export function roleOfAt(ctx: ScanContext, i: number): number | undefined {
  const { tokens, knowledge } = ctx;
  for (const from of [i, i + 1]) {
    const title = matchTitleAt(tokens, from, knowledge.titles);
    if (!title) continue;
    let k = tokens[title.end - 1]!.lower === 'of' ? title.end : tokens[title.end]?.lower === 'of' ? title.end + 1 : -1;
    if (k < 0) continue;
    if (tokens[k]?.lower === 'the') k++;
    const next = tokens[k];
    if (next && next.sentence === tokens[i]!.sentence && isCapitalised(next)) return k;
  }
  return undefined;
}

/** The index of the first known country, region or city inside tokens (start, end), when none of them is an organisation word. */
export function placeInside(ctx: ScanContext, start: number, end: number): number | undefined {
  // "the Security Conference in Samarkand": a place-bound head keeps its place in the name.
  const heads = relationPatterns().placeInNameHeads;
  if (ctx.tokens.slice(start, end).some((t) => ctx.knowledge.orgHeadWords.has(t.lower) || heads.has(t.lower))) return undefined;
  // "Eminent British companies": after an English word capitalised only because it opens the
  // sentence, a demonym ends the chunk too.
  const first = ctx.tokens[start]!;
  const openingWord = ctx.sentenceStarts.has(start) && !ctx.proseCapitals?.has(first.lower) && isLexiconWord(first.lower);
  for (let k = start + 1; k < end; k++) {
    const known = ctx.knowledge.matchAt(ctx.texts, k);
    if (known && (!known.demonym || (openingWord && k === start + 1)) && (known.entity.kind === 'Country' || known.entity.kind === 'Region' || known.entity.kind === 'City'))
      return k;
  }
  return undefined;
}

export function titleBefore(ctx: ScanContext, i: number): RawMention['title'] | undefined {
  const post = ctx.phrases?.titles.get(i);
  if (post) return { text: ctx.text.slice(ctx.tokens[post.tokenStart]!.start, ctx.tokens[post.tokenEnd - 1]!.end), info: post.info, tokenStart: post.tokenStart };
  let end = i;
  if (end > 0 && isHonorific(ctx, end - 1)) end--;
  if (end === 0) return undefined;
  const match = matchTitleEndingAt(ctx.tokens, end, ctx.knowledge.titles);
  if (!match) return undefined;
  const s = ctx.tokens[match.start]!.start;
  return { text: ctx.text.slice(s, ctx.tokens[end - 1]!.end), info: match.info, tokenStart: match.start };
}

/** Whether the token is an honorific ("Mr", "Dr.", "Prof.", "Madam"), written with or without its dot. */
export function isHonorific(ctx: Pick<ScanContext, 'tokens' | 'knowledge'>, i: number): boolean {
  const token = ctx.tokens[i];
  return token !== undefined && isCapitalised(token) && (ctx.knowledge.honorifics.has(token.lower.replace(/\.$/, '')) || DOTTED_HONORIFICS.has(token.lower));
}

/** "H.E.": an honorific whose dots are part of it. */
const DOTTED_HONORIFICS = nameCueWords('dotted-honorifics');
