/**
 * Speech reported inside a turn: "X said (in an interview) that ...", "Tokayev claims ...",
 * "according to X, ...", and the quote-first forms "“...”, X said." and "“...”, – states X".
 * The speaker is the name phrase as written (titles included, determiners dropped); the content
 * span runs from after the cue to the end of the sentence, or covers the words inside the quote
 * marks. A match inside the content of an earlier one is nested speech and is not repeated.
 */
import type { ReportedSpeech, Span } from '../../schema/records';
import { trimSpan } from './block';
import { CAP_WORD, GROUP_NOUNS, NAME, NON_SPEAKERS, PRONOUN_SPEAKERS } from './name-patterns';
import { splitSentences } from './split-sentences';
import { SPEECH_FORMS } from '../extract/stance-lexicon';
import { loadNameWords, type NameWords } from './load-name-words';

/** The one reporting-verb list (gazetteer/lexicon): the written forms of every verb that introduces speech. */
const CUE_WORDS = [...SPEECH_FORMS];
const CUE = `(?:${CUE_WORDS.sort((a, b) => b.length - a.length).join('|')})`;
/** "made a statement yesterday urging", "issued a joint appeal calling for": speech announced by a document. */
const STATEMENT_CUE =
  /\s(?:made|issued|released|published|signed|sent|adopted|posted)\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|appeal|report|declaration|resolution|communiqué|communique)(?:\s+[\p{L}\d-]+){0,3}?,?\s+(urging|calling\s+(?:for|on)|saying|warning|demanding|condemning|stating|noting|expressing)\b/u;
const CUE_RE = new RegExp(`(?<![\\p{L}-])(${CUE})(?![\\p{L}-])`, 'gu');
/** Runs of letters and hyphens: a cue is one run, or a run followed by the rest of a multi-word form. */
const WORD_RUN = /[\p{L}-]+/gu;
/** Sticky: whether a letter (any code point, astral ones too) or a hyphen starts at lastIndex. */
const LETTER_OR_HYPHEN = /[\p{L}-]/uy;
const SINGLE_CUES = new Set(CUE_WORDS.filter((w) => !w.includes(' ')));
/** "called" -> [" upon", " for", " on"]: the rest of each multi-word form, longest first as in CUE_RE. */
const CUE_TAILS = new Map<string, string[]>();
for (const w of CUE_WORDS) {
  const space = w.indexOf(' ');
  if (space < 0) continue;
  const tails = CUE_TAILS.get(w.slice(0, space)) ?? [];
  tails.push(w.slice(space));
  CUE_TAILS.set(w.slice(0, space), tails);
}
/** Every form is letters, or letters then a space and more: the run scan then finds what CUE_RE finds. */
const RUN_SCAN = CUE_WORDS.every((w) => /^\p{L}+(?: \p{L}+)*$/u.test(w));

interface CueMatch {
  readonly index: number;
  readonly 0: string;
}

/** The matches of CUE_RE in `text`, found by looking up each run of letters instead of trying every form at every position. */
function findCues(text: string): CueMatch[] {
  if (!RUN_SCAN) return [...text.matchAll(CUE_RE)].map((m) => ({ index: m.index!, 0: m[0] }));
  const cues: CueMatch[] = [];
  WORD_RUN.lastIndex = 0;
  for (let run = WORD_RUN.exec(text); run; run = WORD_RUN.exec(text)) {
    const word = run[0];
    const end = run.index + word.length;
    let cue: string | undefined;
    for (const tail of CUE_TAILS.get(word) ?? []) {
      const after = end + tail.length;
      if (!text.startsWith(tail, end)) continue;
      LETTER_OR_HYPHEN.lastIndex = after;
      if (!LETTER_OR_HYPHEN.test(text)) {
        cue = word + tail;
        break;
      }
    }
    if (cue === undefined && SINGLE_CUES.has(word)) cue = word;
    if (cue === undefined) continue;
    cues.push({ index: run.index, 0: cue });
    WORD_RUN.lastIndex = run.index + cue.length;
  }
  return cues;
}
const OPEN_QUOTES = '“"«„';
const CLOSE_FOR: Readonly<Record<string, string>> = { '“': '”', '"': '"', '«': '»', '„': '“' };
/** Marks that close a guillemet or low quote left open by a careless copy: «We hope ...," Putin said. */
const STRAY_CLOSERS = ['"', '”'];

/**
 * Where the quote opened at `open` closes before `end`: its own mark, else, for «» and „“ whose
 * closing mark never comes in the turn, a straight or curly double quote. -1 when none does.
 */
function closingQuote(plain: string, open: number, end: number): number {
  const mark = plain[open]!;
  const own = plain.indexOf(CLOSE_FOR[mark]!, open + 1);
  if (own >= 0 && own < end) return own;
  if (mark !== '«' && mark !== '„') return -1;
  const stray = STRAY_CLOSERS.map((c) => plain.indexOf(c, open + 1)).filter((i) => i >= 0 && i < end);
  return stray.length > 0 ? Math.min(...stray) : -1;
}

/** Words allowed between a cue and "that": "said in an interview on Monday that". */
const BEFORE_THAT =
  /^(?:\s*,?\s*(?:in|an|a|the|his|her|their|its|interview|statement|speech|press|conference|briefing|post|video|address|letter|on|at|to|last|this|week|month|year|earlier|later|also|publicly|repeatedly|recently|yesterday|today|reporters|journalists|us|me|him|them|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2}|\p{Lu}[\p{L}.’'/-]*))*?\s*,?\s+that\s+/u;
/** Adverbs and auxiliaries between a speaker and the cue: "Tokayev has repeatedly said". */
const BETWEEN_SPEAKER_AND_CUE =
  /(?:\s+(?:has|have|had|also|recently|repeatedly|publicly|later|earlier|previously|again|once|further|then|now|reportedly|allegedly|openly|often|always|never|firmly|clearly|would|will|could|did|does|do|not|has\s+not|already|even|too|himself|herself|themselves|today|yesterday|tonight|separately|jointly|formally|officially|immediately|strongly|sharply|angrily|quickly))+$/u;
/** "said human rights lawyer Farida Nazarova": role words in lower case, then the name; the name is the speaker. */
/** One to four lower-case words of a role ("spokesman", "opposition leader"), none a function word. */
const ROLE_WORDS =
  '(?:(?!(?:on|in|at|to|that|this|the|a|an|of|for|with|by|from|after|before|during|when|while|and|but|or|if|as|yesterday|today|tonight|later|earlier|also|then|again|he|she|they|it|we|there|here|not)\\s)[\\p{Ll}-]+\\s+){1,4}';
const ROLE_THEN_NAME = new RegExp(
  `^(?:[–—-]+\\s*)?((?:(?!(?:on|in|at|to|that|this|the|a|an|of|for|with|by|from|after|before|during|when|while|and|but|or|if|as|yesterday|today|tonight|later|earlier|also|then|again|he|she|they|it|we|there|here|not)\\s)[\\p{Ll}-]+\\s+){1,4})(${NAME})`,
  'u',
);
const NAME_AFTER = new RegExp(`^(?:[–—-]+\\s*)?(${NAME}|(?:the|a|an)\\s+[\\p{L}’'\\- ]{2,60}?(?=[,.;:]|\\s+(?:in|on|at|during|who|when|after)\\s|$)|he|she|they)`, 'u');
const SETTING_BEFORE_CUE = new RegExp(
  `,?\\s+(?:in|during)\\s+(?:an?|the|his|her|their|its)\\s+(?:[\\p{Ll}-]+\\s+)?(?:interview|statement|conversation|speech|post|video|letter|address|briefing)(?:\\s+(?:with|to|on|for)\\s+(?:the\\s+)?${NAME}(?:\\s+[\\p{Ll}]+){0,2})?,?\\s*$`,
  'u',
);
const DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,}(?:,[^–—\n]{0,40})?\s+[–—-]+\s+/u;
const CAP_WORD_RE = new RegExp(`^${CAP_WORD}$`, 'u');
/** ", political scientist Aida Bekova, " at the end of the text before a cue: lower-case role words (not ending in "of the"), then a name. */
const APPOSED_ROLE_NAME = new RegExp(`^,\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?!(?:of|the|at|for|in|on|to|and|with|from|a|an|by)\\s)[\\p{Ll}-]+\\s+(${NAME})(,\\s*)$`, 'u');
const APPOSITION_BEFORE = new RegExp(`(${NAME}),\\s[^,;:“”"]{3,160},\\s*$`, 'u');
/** A lower-case role word before a name: "according to lawyer Aliya Nurova", "according to human rights activist X". */
const ROLE_WORD = '(?!(?:of|in|on|at|for|with|by|from|and|or|the|a|an)\\s)[\\p{Ll}-]+';
const ACCORDING_TO = new RegExp(
  // A body's name may run on through "of", "for": "according to Kyrgyzstan’s Ministry of Culture".
  `(?<![\\p{L}])[Aa]ccording to ((?:the\\s+)?(?:(?:${ROLE_WORD})\\s+){0,3}${NAME}(?:\\s+(?:of|for)\\s+(?:the\\s+)?${NAME}){0,3}|the\\s+[\\p{L}’'\\- ]{2,60}?)(?=[,.;:]|\\s+(?:who|which|in|on|at)\\s|$)`,
  'u',
);

/** ", an analyst at the Policy Centre," or ", who heads the clinic," right after a speaker's name: an apposition, not speech. */
const APPOSITION_AFTER = /^\s*,\s+(?:an?|who)\s+[^,.;:“”"]{2,100},/u;

type Found = ReportedSpeech;

/** When, after a cue: "said today", "said last week", "said late on Monday". */
const CUE_TIME = String.raw`(?:today|yesterday|tonight|earlier|later|recently|again|(?:last|this|late|early)(?:\s+on)?\s+[\p{L}\d]+)`;
/** What may follow a cue that ends its sentence: "said.", "said in a video address.", "said today", "said on Friday in a statement.". */
const END_OF_SENTENCE_CUE = new RegExp(
  // "..., the ministry said on Monday, calling for restraint.": a participle of the speaker's may close it.
  String.raw`^(?:\s+${CUE_TIME})?(?:\s+(?:in|on|at|to|during|after|before|via)(?:\s+(?!that\b)[\p{L}\d’'-]+){1,5})?(?:\s+${CUE_TIME})?(?:,\s+\p{Ll}+ing\s[^.;:“”"]{2,120})?\s*[.!]?[”"»]?\s*$`,
  'u',
);

/**
 * Where a paragraph ends by introducing speech that follows it ("Marie Struthers, Amnesty
 * International's Director for Eastern Europe, said:"): the offset of the cue in `text`, or -1.
 */
export function introducingCueAt(text: string): number {
  const m = INTRODUCING_CUE.exec(text);
  return m ? m.index : -1;
}

const INTRODUCING_CUE = new RegExp(`(?<![\\p{L}-])(${CUE})(?:\\s+[\\p{L}’'-]+){0,4}\\s*:\\s*$`, 'u');

/** The speaker phrase that ends `before` (text up to the cue), or null when there is none. */
export function speakerBefore(raw: string): { text: string; offset: number } | null {
  // "the Foundation’s claims are false": after a possessive the cue word is a noun, said by no one.
  if (/\p{L}['’]s\s*$/u.test(raw)) return null;
  // "X, a researcher, in an interview with Y said": the setting is not the speaker.
  const before = raw.replace(SETTING_BEFORE_CUE, (m) => (m.startsWith(',') ? ',' : ''));
  const apposition = APPOSITION_BEFORE.exec(before);
  if (apposition) {
    // "The head of the Centre for Steppe Studies, political scientist Aida Bekova, commented": a role and a
    // name between the commas are the speaker; what comes before them is the post's body.
    const between = before.slice(apposition.index + apposition[1]!.length);
    const named = APPOSED_ROLE_NAME.exec(between);
    if (named) return { text: named[1]!, offset: apposition.index + apposition[1]!.length + named[0].indexOf(named[1]!) };
    return { text: apposition[1]!, offset: apposition.index };
  }
  const trimmed = before.replace(/\s+$/u, '').replace(BETWEEN_SPEAKER_AND_CUE, '').replace(/\s+$/u, '');
  // "the Commissioner for Human Rights, who said": the relative pronoun stands for the phrase before it.
  if (/,\s*who$/u.test(trimmed)) return speakerBefore(trimmed.replace(/,\s*who$/u, ''));
  const tokens = [...trimmed.matchAll(/[^\s]+/gu)];
  let first = tokens.length;
  let sawHead = false;
  let sawName = false;
  for (let t = tokens.length - 1; t >= 0; t -= 1) {
    const word = tokens[t]![0];
    if (t < tokens.length - 1 && /[,;:”"»—–]$/u.test(word)) break;
    // "(GKNB)" after a name is its acronym and belongs to the speaker phrase.
    const bare = word.replace(/^[(“"«]+/u, '').replace(/\)$/u, '');
    const lower = bare.toLowerCase();
    const capitalised = CAP_WORD_RE.test(bare);
    // A common noun before a name is an apposition ("the group Sanaly Qogam"): the name is the speaker.
    const connector = /^(?:of|for|to|in|at|on|and|de|van|von|der|al|the)$/u.test(lower);
    if (!capitalised && !connector && sawName) break;
    if (capitalised || GROUP_NOUNS.has(lower)) {
      first = t;
      sawHead = true;
      if (capitalised) sawName = true;
    } else if (sawHead && connector) {
    } else if (
      sawHead &&
      t === first - 1 &&
      /^[\p{Ll}][\p{Ll}-]*$/u.test(bare) &&
      GROUP_NOUNS.has(tokens[tokens.length - 1]![0].toLowerCase()) &&
      tokens.length - t <= 5 &&
      !/^(?:that|which|who|and|or|but|because|when|while|if|as|than|so|to|is|are|was|were|be|been|not|also|said|has|have|had|with|from|by|after|before|about|against|this|these|those|its|their|his|her|our|my|your)$/u.test(
        lower,
      )
    ) {
      first = t;
    } else {
      if (PRONOUN_SPEAKERS.has(lower) && t === tokens.length - 1) return { text: bare, offset: tokens[t]!.index! + (word.length - bare.length) };
      break;
    }
  }
  if (!sawHead) return null;
  // Drop determiners and connectors at the front ("the UN rapporteurs" -> "UN rapporteurs"), and
  // the "As" of a column's "As Human Rights Watch notes, ...".
  while (first < tokens.length && /^(?:the|a|an|one|some|several|many|most|of|for|in|at|on|and|as|but|yet)$/iu.test(tokens[first]![0].replace(/^[(“"«]+/u, ''))) first += 1;
  if (first >= tokens.length) return null;
  const startToken = tokens[first]!;
  const lead = startToken[0].length - startToken[0].replace(/^[(“"«]+/u, '').length;
  const offset = startToken.index! + lead;
  const text = trimmed.slice(offset);
  const words = text.split(/\s+/u);
  if (words.length === 1 && NON_SPEAKERS.has(words[0]!.toLowerCase())) return null;
  if (NON_SPEAKERS.has(words[0]!.toLowerCase()) && !GROUP_NOUNS.has(words[words.length - 1]!.toLowerCase())) return null;
  return { text, offset };
}

/**
 * "“...,” the group said", "“...,” the rights group said", "“...,” the statement said": a speaker
 * named by a noun phrase before the cue, one to three lower-case words after "the" or "its".
 */
const DESCRIBED_SPEAKER = '(?:the|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+';

/** Whether a speaker found before the cue names one: a name, a pronoun, or a phrase headed by a speaker noun ("the rights group"). */
function describesSpeaker(speaker: string): boolean {
  if (!/^(?:the|its|their)\s/u.test(speaker)) return true;
  const words = speaker.split(/\s+/u);
  return GROUP_NOUNS.has(words[words.length - 1]!.toLowerCase());
}

/** After a quote: "Helga Sorensen, Special Rapporteur on free expression, said", the role set off by commas. */
const APPOSED_SPEAKER = new RegExp(`^\\s*[,.]?\\s*(${NAME}),\\s+[^,;:.“”"«»]{3,120},\\s+(?:(?:also|later|then)\\s+)?(${CUE})\\b`, 'u');

/** After a quote: "State Department spokesman Ned Price told", "opposition leader Aida Bekova said". */
const ROLE_BEFORE_SPEAKER = new RegExp(`^\\s*[,.]?\\s*(?:the\\s+)?((?:${CAP_WORD}\\s+){0,4}${ROLE_WORDS})(${NAME})\\s+(${CUE})\\b`, 'u');

/** After a closing cue: "said Amnesty International.", "said Hugh Williamson, Europe director at Human Rights Watch, in a statement." */
const INVERTED_ATTRIBUTION = new RegExp(
  `^\\s+(?:${ROLE_WORDS})?(${NAME}|(?:the|its)\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)(?:\\s+(?:in|on|at|during)\\s+[^,.;:“”"]{1,40})?(?:\\s*,[^.;:“”"]{2,160}|\\s+[–—]\\s+[^.;:]{2,200})?\\s*[.!]?\\s*$`,
  'u',
);

/** ", and the" before the last of listed speakers: "..., Human Rights Watch, the NHC, and the AHRCA said today." */
const OXFORD_AND_BEFORE = /,\s*and\s+(?:the\s+)?$/iu;
/** One listed speaker's name after a comma: capitalised words joined by "of", "for", "in", "the", with an acronym in brackets. */
const LISTED_NAME_BEFORE =
  /,\s*(?:the\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*(?:\s+(?:(?:of|for|in|on|to|against|and|the)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}’'.&-]*){0,10}(?:\s*\([\p{Lu}\d&.-]{2,12}\))?\s*$/u;

/**
 * Where speech ends before a list of its speakers: "..., Human Rights Watch, the Norwegian
 * Helsinki Committee and Amnesty International said": the names before the last "and" are
 * speakers too, not the end of what they said. `end` is the comma before the list's last part.
 */
function listStart(text: string, end: number): number {
  let at = end;
  for (let k = 0; k < 6; k++) {
    const item = LISTED_NAME_BEFORE.exec(text.slice(0, at));
    if (!item) break;
    at = item.index;
  }
  return at;
}

/** A news outlet's sourcing right after its cue: "reports citing", "reported, quoting", "reports via". */
const SOURCING = String.raw`(?:citing|quoting|via|with\s+reference\s+to|referring\s+to)\s`;
const SOURCING_AFTER_CUE = new RegExp(String.raw`^,?\s+${SOURCING}`, 'u');
/** The same at a sentence's end: ", Kazinform reports citing Akorda press service.", ", Trend reports via Akorda." */
const SOURCING_TAIL = new RegExp(String.raw`,\s+(?:\p{Lu}[\p{L}.’'/-]*\s+){1,3}(?:reports|reported|says|said|writes|wrote)\s+${SOURCING}[^,;:“”"«»]{1,80}$`, 'u');

/** After a quote: "CPJ Europe and Central Asia Program Coordinator Nina Ognianova said", a capitalised title too long for a name. */
const TITLED_BEFORE_CUE = new RegExp(`^\\s*[,.]?\\s*(?:the\\s+)?((?:${CAP_WORD})(?:\\s+(?:${CAP_WORD}|and|of|for|on|the)){2,14})\\s+(${CUE})\\b`, 'u');

/** The person at the end of a titled phrase before a cue: the capitalised words after its last title word. */
function titledSpeakerAfter(after: string, words: NameWords = loadNameWords()): { name: string; offset: number; cue: string } | undefined {
  const m = TITLED_BEFORE_CUE.exec(after);
  if (!m) return undefined;
  const parts = m[1]!.split(/\s+/u);
  let last = -1;
  parts.forEach((w, i) => {
    if (words.titles.has(w.toLowerCase())) last = i;
  });
  const name = parts.slice(last + 1);
  if (last < 0 || name.length < 2 || name.length > 4 || !name.every((w) => CAP_WORD_RE.test(w))) return undefined;
  const text = name.join(' ');
  const at = m[1]!.lastIndexOf(text);
  return at < 0 ? undefined : { name: text, offset: m.index + m[0].indexOf(m[1]!) + at, cue: m[2]! };
}

/** Where the reported content starts after a cue ending at `from`. */
function contentStart(plain: string, from: number, end: number): number {
  const rest = plain.slice(from, Math.min(end, from + 160));
  const that = BEFORE_THAT.exec(rest);
  if (that) return from + that[0].length;
  const lead = /^\s*[,:]?\s*/u.exec(rest)!;
  return from + lead[0].length;
}

/** End of the content: the matching closing quote when it opens with one, else the sentence end. */
function contentEnd(plain: string, start: number, sentenceEnd: number, turnEnd: number): number {
  const open = plain[start];
  if (open && OPEN_QUOTES.includes(open)) {
    // A quote may run over several sentences, but not out of its turn.
    const close = closingQuote(plain, start, turnEnd);
    if (close > start) return close + 1;
  }
  let e = sentenceEnd;
  while (e > start && /[.,;:\s]/u.test(plain[e - 1]!)) e -= 1;
  return e;
}

function inside(span: Span, found: readonly Found[]): boolean {
  return found.some((f) => span[0] >= f.span[0] && span[1] <= f.span[1]);
}

/** Reported speech in `[start, end)` of `plain` (one turn or paragraph). */
export function findReportedSpeech(plain: string, start: number, end: number): ReportedSpeech[] {
  const found: Found[] = [];
  const add = (item: Found): void => {
    if (item.span[0] >= item.span[1] || inside(item.speakerSpan, found)) return;
    // The same speech found twice (quote-first and cue scans) keeps its first, tighter reading.
    if (found.some((f) => f.speakerSpan[0] === item.speakerSpan[0] || (f.span[0] <= item.span[1] && item.span[0] <= f.span[1] && f.speaker === item.speaker))) return;
    found.push(item);
  };
  findQuoteFirst(plain, start, end, add);
  for (const sentence of splitSentences(plain, start, end)) {
    // "..., Trend reports via Akorda.": the outlet's sourcing closes the sentence but is no part of it.
    const whole = plain.slice(sentence[0], sentence[1]);
    const tail = SOURCING_TAIL.exec(whole);
    const sentenceEnd = tail ? sentence[0] + tail.index : sentence[1];
    const text = whole.slice(0, sentenceEnd - sentence[0]);
    const according = ACCORDING_TO.exec(text);
    if (according) {
      const phrase = according[1]!;
      const article = /^the\s+/u.exec(phrase)?.[0].length ?? 0;
      const speaker = phrase.slice(article).replace(/\.$/u, '');
      const speakerStart = sentence[0] + according.index + according[0].length - phrase.length + article;
      const atStart = according.index === 0;
      // "According to Aida Bekova, an analyst at the Policy Centre, the reform ...": the speaker's
      // apposition says who she is; her words come after it.
      const apposition = atStart ? (APPOSITION_AFTER.exec(text.slice(according[0].length))?.[0].length ?? 0) : 0;
      const from = atStart ? contentStart(plain, sentence[0] + according[0].length + apposition, sentenceEnd) : sentence[0];
      const span = trimSpan(plain, from, contentEnd(plain, from, atStart ? sentenceEnd : sentence[0] + according.index, end));
      if (span) add({ speaker, speakerSpan: [speakerStart, speakerStart + speaker.length], cue: 'according to', span });
    }
    const statement = STATEMENT_CUE.exec(text);
    if (statement) {
      // "X issued a statement urging Y to ...": the speaker is the subject of "issued".
      const speaker = speakerBefore(text.slice(0, statement.index));
      const cueStart = sentence[0] + statement.index + statement[0].length - statement[1]!.length;
      const from = contentStart(plain, cueStart + statement[1]!.length, sentenceEnd);
      const span = trimSpan(plain, from, contentEnd(plain, from, sentenceEnd, end));
      if (speaker && span) {
        const speakerStart = sentence[0] + speaker.offset;
        add({ speaker: speaker.text, speakerSpan: [speakerStart, speakerStart + speaker.text.length], cue: statement[1]!, span });
      }
    }
    // "The police denied any abuse, she said.": the attribution that closes the sentence frames
    // everything before it, so it is read first and a cue inside its content is nested speech.
    const cues = findCues(text);
    const closing = (m: CueMatch) => END_OF_SENTENCE_CUE.test(text.slice(m.index + m[0].length));
    for (const m of [...cues.filter(closing), ...cues.filter((c) => !closing(c))]) {
      const cueStart = sentence[0] + m.index;
      const cueEnd = cueStart + m[0].length;
      if (inside([cueStart, cueEnd], found)) continue;
      // "the support of Central Asian states, – assures ...": a cue word right before a comma and a dash is a noun.
      if (/^\s*,\s*[–—]/u.test(text.slice(m.index + m[0].length))) continue;
      // "..., Kazinform reports citing Akorda press service.", "Trend reports via Akorda": an
      // outlet naming its source reports the sentence; it speaks no words of its own.
      if (SOURCING_AFTER_CUE.test(text.slice(m.index + m[0].length))) continue;
      // "<speech>, – assures Aida Bekova – a representative of ...": a comma and a dash before the cue close the speech.
      const dashed = /,\s*[–—]\s*$/u.exec(text.slice(0, m.index));
      const speaker = dashed ? null : speakerBefore(text.slice(0, m.index));
      if (!speaker) {
        // "The authorities must free him, said Amnesty International." / "..., said Hugh Williamson,
        // Europe director at Human Rights Watch.": the speaker after the cue, the speech before it.
        const inverted = INVERTED_ATTRIBUTION.exec(text.slice(m.index + m[0].length));
        const comma = dashed ?? /,\s*$/u.exec(text.slice(0, m.index));
        if (!inverted || !comma || !describesSpeaker(inverted[1]!) || NON_SPEAKERS.has(inverted[1]!.toLowerCase())) continue;
        const article = /^(?:the|its)\s+/u.exec(inverted[1]!)?.[0].length ?? 0;
        const name = inverted[1]!.slice(article).replace(/\.$/u, '');
        const s0 = sentence[0] + (DATELINE.exec(text)?.[0].length ?? 0);
        const span = trimSpan(plain, s0, sentence[0] + comma.index);
        const speakerStart = cueEnd + inverted[0].indexOf(inverted[1]!) + article;
        if (span) add({ speaker: name, speakerSpan: [speakerStart, speakerStart + name.length], cue: m[0], span });
        continue;
      }
      const rest = text.slice(m.index + m[0].length);
      let span: Span | null;
      if (END_OF_SENTENCE_CUE.test(rest)) {
        // "..., officials said." / "..., she said in a statement.": the content comes first.
        const head = text.slice(0, speaker.offset);
        const oxford = OXFORD_AND_BEFORE.exec(head);
        const comma = oxford ?? /,\s*(?:(?:the|a|an|his|her|their|its)\s+)?$/iu.exec(head);
        if (!comma) continue;
        // A dateline ("BISHKEK, 12 March 2025 – ") is the paper's, not the speaker's.
        let s0 = sentence[0] + (DATELINE.exec(text)?.[0].length ?? 0);
        let e0 = sentence[0] + (oxford || /\sand\s/u.test(speaker.text) ? listStart(text, comma.index) : comma.index);
        if (OPEN_QUOTES.includes(plain[s0]!) && /[”"»]$/u.test(plain.slice(s0, e0))) {
          s0 += 1;
          e0 -= 1;
        }
        span = trimSpan(plain, s0, e0);
      } else {
        const from = contentStart(plain, cueEnd, sentenceEnd);
        span = trimSpan(plain, from, contentEnd(plain, from, sentenceEnd, end));
      }
      if (!span) continue;
      const speakerStart = sentence[0] + speaker.offset;
      add({ speaker: speaker.text, speakerSpan: [speakerStart, speakerStart + speaker.text.length], cue: m[0], span });
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0] || a.speakerSpan[0] - b.speakerSpan[0]);
}

/** "“...”, X said." / "“...”, – states X" / "“...,” said X" / "X said: “...”". */
function findQuoteFirst(plain: string, start: number, end: number, add: (item: Found) => void): void {
  // Search the turn only: a regex left to run on would scan the rest of the document for every turn.
  const segment = plain.slice(start, end);
  const QUOTE = /[“"«„]/gu;
  let m: RegExpExecArray | null;
  while ((m = QUOTE.exec(segment))) {
    const open = start + m.index;
    const close = closingQuote(plain, open, end);
    if (close < 0) break;
    QUOTE.lastIndex = close + 1 - start;
    if (close - open < 12) continue;
    const inner = trimSpan(plain, open + 1, close);
    if (!inner) continue;
    let innerEnd = inner[1];
    while (innerEnd > inner[0] && /[,.;:\s]/u.test(plain[innerEnd - 1]!)) innerEnd -= 1;
    const span: Span = [inner[0], innerEnd];
    const after = plain.slice(close + 1, Math.min(end, close + 200));
    const cueAfter = new RegExp(`^\\s*[,.]?\\s*(?:[–—-]+\\s*)?(${CUE})\\s+`, 'u').exec(after);
    if (cueAfter) {
      const role = ROLE_THEN_NAME.exec(after.slice(cueAfter[0].length));
      if (role) {
        const speaker = role[2]!.replace(/\.$/u, '');
        const speakerStart = close + 1 + cueAfter[0].length + role[0].length - role[2]!.length;
        add({ speaker, speakerSpan: [speakerStart, speakerStart + speaker.length], cue: cueAfter[1]!, span });
        continue;
      }
      const name = NAME_AFTER.exec(after.slice(cueAfter[0].length));
      if (name) {
        const speaker = name[1]!.replace(/^(?:the|a|an)\s+/u, '').trim();
        const speakerStart = close + 1 + cueAfter[0].length + name[0].length - name[1]!.length + (name[1]!.length - name[1]!.replace(/^(?:the|a|an)\s+/u, '').length);
        add({ speaker, speakerSpan: [speakerStart, speakerStart + speaker.length], cue: cueAfter[1]!, span });
        continue;
      }
    }
    const speakerFirst = new RegExp(`^\\s*[,.]?\\s*(${NAME}|he|she|they|it|${DESCRIBED_SPEAKER})\\s+(${CUE})\\b`, 'u').exec(after);
    if (speakerFirst && (speakerFirst[1] === 'it' || !NON_SPEAKERS.has(speakerFirst[1]!.toLowerCase())) && describesSpeaker(speakerFirst[1]!)) {
      // "the rights group" is the speaker "rights group", as after the cue ("said the ministry").
      const article = /^(?:the|its|their)\s+/u.exec(speakerFirst[1]!)?.[0].length ?? 0;
      const speaker = speakerFirst[1]!.slice(article);
      const speakerStart = close + 1 + speakerFirst[0].indexOf(speakerFirst[1]!) + article;
      add({ speaker, speakerSpan: [speakerStart, speakerStart + speaker.length], cue: speakerFirst[2]!, span });
      continue;
    }
    // "“...,” State Department spokesman Ned Price told reporters": a role before the name.
    // "“...,” Helga Sorensen, Special Rapporteur on free expression, said": an apposition between.
    const apposed = APPOSED_SPEAKER.exec(after);
    if (apposed && !NON_SPEAKERS.has(apposed[1]!.toLowerCase())) {
      const speakerStart = close + 1 + apposed[0].indexOf(apposed[1]!);
      add({ speaker: apposed[1]!, speakerSpan: [speakerStart, speakerStart + apposed[1]!.length], cue: apposed[2]!, span });
      continue;
    }
    const roleFirst = ROLE_BEFORE_SPEAKER.exec(after);
    if (roleFirst) {
      const speakerStart = close + 1 + roleFirst[0].indexOf(roleFirst[1]!) + roleFirst[1]!.length;
      add({ speaker: roleFirst[2]!, speakerSpan: [speakerStart, speakerStart + roleFirst[2]!.length], cue: roleFirst[3]!, span });
      continue;
    }
    const titled = titledSpeakerAfter(after);
    if (titled) {
      const speakerStart = close + 1 + titled.offset;
      add({ speaker: titled.name, speakerSpan: [speakerStart, speakerStart + titled.name.length], cue: titled.cue, span });
      continue;
    }
    const before = plain.slice(Math.max(start, open - 200), open);
    // "Reporters Without Borders added:": a cue is a whole word, never the end of one ("Without").
    const colon = new RegExp(`(?<![\\p{L}-])(${CUE})(?:\\s+[\\p{L}’'-]+){0,4}\\s*[:,]\\s*$`, 'u').exec(before);
    if (colon) {
      const speaker = speakerBefore(before.slice(0, colon.index));
      if (speaker) {
        const speakerStart = open - before.length + speaker.offset;
        add({ speaker: speaker.text, speakerSpan: [speakerStart, speakerStart + speaker.text.length], cue: colon[1]!, span });
      }
    }
  }
}
