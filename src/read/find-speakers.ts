/**
 * Who speaks in an interview: speaker prefixes on paragraphs ("CABAR.asia:", "Q:", "Aida Bekova:")
 * and the interviewee named in the title or introduction ("An interview with X",
 * "X, <role> at <Org>, in an interview with", "spoke with X, <role>, about"), with the role
 * phrase kept as the speaker's description.
 */
import type { Span } from '../../schema/records';
import { loadGazetteer } from '../gazetteer/load-gazetteer';
import { loadNameWords } from './load-name-words';
import { CAP_WORD, NAME } from './name-patterns';

export interface SpeakerPrefix {
  name: string;
  /** Offset in `plain` where the turn's own words start, after the prefix. */
  contentStart: number;
  /** Q/Question or A/Answer: a role, not a name. */
  generic: 'question' | 'answer' | null;
}

const PREFIX = /^(Q|A|Question|Answer|\p{Lu}[\p{L}\p{N}.\-’'/&]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}.\-’'/&]*){0,3})\s?:\s+(?=\S)/u;
/** Labels that look like a speaker prefix but introduce something else. */
const NOT_SPEAKERS = new Set(
  'photo photos image video note notes update updated source sources editor disclaimer correction warning related also read tags tag background context why what how who when where quote example author by date comment comments summary keywords caption credit credits q&a'.split(
    ' ',
  ),
);

/** "Q. How do you ...?" / "A. We have ...": the letters with a full stop (the caller wants both kinds in a text). */
const DOTTED_GENERIC = /^(Q|A)\.\s+(?=[\p{Lu}“"«])/u;
/**
 * "Navbahor Imamova, VOA: ...", "Jonathan Holt, US Ambassador to Uzbekistan: — ...": a full name, then
 * a short role or outlet after a comma; the name is the speaker.
 */
const NAME_ROLE_PREFIX = /^(\p{Lu}[\p{L}.\-’']*(?:\s+\p{Lu}[\p{L}.\-’']*){1,3}),\s+((?:[\p{L}\p{N}.\-’'/&]+\s+){0,6}[\p{L}\p{N}.\-’'/&]+)\s?:\s+(?:[–—]\s*)?(?=\S)/u;
/** A dash after the label ("J.H.: — I think ...") belongs to the label, not to the turn's words. */
const DASH_AFTER_LABEL = /^[–—]\s*(?=\S)/u;

export function parseSpeakerPrefix(plain: string, span: Span): SpeakerPrefix | null {
  const head = plain.slice(span[0], Math.min(span[1], span[0] + 80));
  const dotted = DOTTED_GENERIC.exec(head);
  if (dotted) return { name: `${dotted[1]!}.`, contentStart: span[0] + dotted[0].length, generic: dotted[1] === 'Q' ? 'question' : 'answer' };
  const withRole = NAME_ROLE_PREFIX.exec(head);
  if (withRole && !NOT_SPEAKERS.has(withRole[1]!.toLowerCase().split(/\s+/u)[0]!)) return { name: withRole[1]!, contentStart: span[0] + withRole[0].length, generic: null };
  const m = PREFIX.exec(head);
  if (!m) return null;
  const name = m[1]!;
  const lower = name.toLowerCase();
  if (NOT_SPEAKERS.has(lower) || NOT_SPEAKERS.has(lower.split(/\s+/u)[0]!)) return null;
  const generic = lower === 'q' || lower === 'question' ? 'question' : lower === 'a' || lower === 'answer' ? 'answer' : null;
  const dash = DASH_AFTER_LABEL.exec(head.slice(m[0].length));
  return { name, contentStart: span[0] + m[0].length + (dash?.[0].length ?? 0), generic };
}

export interface Interviewee {
  name: string;
  description?: string;
  /** Who conducted the interview, when the text says ("in an interview with Eurasianet"). */
  interviewer?: string;
}

/**
 * A word each lead pattern cannot match without, tested before it: most leads have no "interview"
 * or "spoke", and the patterns, which open on a name or a comma, are tried at every one of them.
 */
const NEEDED_WORD = new WeakMap<RegExp, RegExp>();

function needing(word: RegExp, pattern: RegExp): RegExp {
  NEEDED_WORD.set(pattern, word);
  return pattern;
}

/** Whether `text` has the word `pattern` needs (a pattern with none registered always may match). */
function mayMatch(pattern: RegExp, text: string): boolean {
  return NEEDED_WORD.get(pattern)?.test(text) ?? true;
}

const INTERVIEWER_PATTERNS: readonly RegExp[] = [
  // "In an extensive interview with Aida Bekova of Valley Post": one adjective may come before "interview".
  needing(/interview/, new RegExp(`\\b(?:[Ii]n|[Dd]uring)\\s+(?:an?\\s+(?:[\\p{Ll}-]+\\s+)?)interview\\s+(?:with|to)\\s+(${NAME})`, 'gu')),
  needing(/spoke|talk|speaks|sat/, new RegExp(`(${NAME})\\s+(?:spoke|talked|speaks|talks|sat\\s+down)\\s+(?:with|to)\\s+${NAME}`, 'gu')),
  // "X, <role>, spoke to Y": the one presented with a role answers, so Y is the one asking.
  needing(/spoke|talk|speaks|sat/, new RegExp(`,\\s+(?:spoke|talked|speaks|talks|sat\\s+down)\\s+(?:with|to)\\s+(${NAME})`, 'gu')),
  // "X told Vlast.kz", "X answered the questions of Kloop": the outlet is the one asking.
  needing(/told|tells|answered/, new RegExp(`\\b(?:told|tells|answered\\s+(?:the\\s+)?questions\\s+(?:of|from))\\s+(${NAME})`, 'gu')),
];

const DESCRIPTION = '[^.;:?!“”"]{3,160}?';
/** A verb of speaking after the one who answers. */
const SPEAKING = '(?:said|says|told|spoke|speaks|explained|explains|argued|argues|noted|notes|stressed|talked|talks|shared|warned|warns|believes|thinks|insisted|admitted)\\b';
/** Where a role phrase after the name ends: a comma, the end of a sentence, or "about ...". */
const DESCRIPTION_END = '(?=,|\\.(?:\\s|$)|;|\\s+(?:about|on\\s+the|regarding|concerning|to\\s+discuss|why|what|how|whether)\\b|$)';
/**
 * The lead of an interview names who answers: "X, <role>, in an interview with", "spoke with X",
 * "we asked X", "X, <role>, answered our questions", "X told <outlet>", "..., says X, <role>".
 */
const INTERVIEWEE_PATTERNS: readonly RegExp[] = [
  // "Aida Bekova’s interview to Valley Post", "Aida Bekova, in an interview for Valley Post, ...".
  needing(/nterview/, new RegExp(`(${NAME})[’']s\\s+(?:[\\p{L}-]+\\s+)?[Ii]nterview\\s+(?:to|with|for)\\b`, 'u')),
  // Not the tail of a role phrase ("..., an academic with the University of Central Asia, in an interview").
  needing(
    /interview/,
    new RegExp(`(?<!\\b(?:of|for|at|in|on|with|to|from|and|the)\\s+)(${NAME}),\\s+(?:in|during)\\s+(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+)?interview\\s+(?:with|for|to)\\b`, 'u'),
  ),
  // "X, <role>, said in the interview to Y", "X, <role>, in an exclusive interview for Y, shared ...".
  needing(
    /interview/,
    new RegExp(`(${NAME}),\\s+(${DESCRIPTION}),?\\s+(?:said\\s+)?(?:in|during)\\s+(?:an?|the)\\s+(?:recent\\s+|exclusive\\s+)?interview\\s+(?:with|for|to)\\b`, 'u'),
  ),
  // "In an interview with Valley Post, Aida Bekova, a lawyer, said ...", "..., engineer Aida Bekova discussed ...": the outlet asks, the one who speaks answers;
  // the outlet may be quoted ('In an interview with the agency "Kabar," Aida Bekova commented on ...').
  needing(
    /interview/,
    new RegExp(
      `\\b(?:[Ii]n|[Dd]uring)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+)?interview\\s+(?:with|to)\\s+(?:${NAME}|[^,.;:?!]{1,60}?),["”»]?\\s+(?:[\\p{L}-]+\\s+){0,3}?(${NAME})(?:,\\s+(${DESCRIPTION}),)?\\s+(?:${SPEAKING}|commented\\b|discusses\\b|discussed\\b)`,
      'u',
    ),
  ),
  // "In this interview, U.S. Ambassador Aida Bekova talks about ...": the one who speaks in "this interview" answers.
  needing(
    /interview/,
    new RegExp(
      `\\b(?:[Ii]n|[Dd]uring)\\s+(?:this|the\\s+following)\\s+interview,\\s+(${NAME})(?:,\\s+(${DESCRIPTION}),)?\\s+(?:${SPEAKING}|discusses\\b|discussed\\b|reflects\\b)`,
      'u',
    ),
  ),
  // "President Aida Bekova gave an interview to Valley Post": the one who gives the interview answers.
  // "Aida Bekova gave his first interview as ambassador to Valley Post": a possessive and two adjectives may come before it.
  // "Aida Bekova, <role>, visited the editorial office and gave her first interview to the local press".
  needing(
    /interview/,
    new RegExp(
      `(${NAME})(?:,\\s+(${DESCRIPTION}),)?\\s+(?:(?:[^.!?]|\\.(?=\\S)){1,80}?\\s+and\\s+)?(?:gave|gives|granted|has\\s+given)\\s+(?:(?:an?|his|her|their)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}interview\\b`,
      'u',
    ),
  ),
  // "X, <role>, spoke to Y about ...": a person presented with a role is the one who answers.
  needing(/spoke|talk|speaks|sat/, new RegExp(`(${NAME}),\\s+([^,.;:?!“”"]{3,160}?),\\s+(?:spoke|talked|speaks|talks|sat\\s+down)\\s+(?:with|to)\\s+${NAME}`, 'u')),
  // "Y spoke with X", but not "X, <role>, spoke with Y" (the comma closes the role of the one answering),
  // "she gave an interview to Y" (Y is the outlet) or "In an interview with Y, the minister said" (the
  // one who speaks after the comma answers).
  needing(
    /nterview|onversation|poke|alk|peaks|[Ss]at\s/,
    new RegExp(
      `(?<!,\\s+)(?<!\\b(?:gave|given|granted|gives)\\s+(?:an?\\s+)?(?:[\\p{Ll}-]+\\s+)?)\\b(?:[Ii]nterview(?:ed)?|[Cc]onversation|[Ss]poke|[Tt]alked|[Ss]peaks|[Tt]alks|[Ss]at\\s+down)\\s+(?:with|to)\\s+(${NAME})(?![\\p{L}\\p{M}\\p{N}’'.-])(?!,\\s+(?:[\\p{L}-]+\\s+){0,3}?${NAME}(?:,\\s+${DESCRIPTION},)?\\s+(?:${SPEAKING}|commented\\b|discusse[sd]\\b))(?!,\\s+(?:(?:the|a|an)(?:\\s+\\p{Ll}[\\p{L}-]*){1,3}|he|she|they)\\s+(?:${SPEAKING}|commented\\b|discusse[sd]\\b))(?:,\\s+(${DESCRIPTION})(?=,|\\.(?:\\s|$)|;|\\s+(?:about|on\\s+the|regarding|concerning|to\\s+discuss)\\b|$))?`,
      'u',
    ),
  ),
  needing(/nterviewed/, new RegExp(`\\b[Ii]nterviewed\\s+(${NAME})(?:,\\s+(${DESCRIPTION})(?=,|\\.(?:\\s|$)|;|\\s+(?:about|on\\s+the|regarding)\\b|$))?`, 'u')),
  needing(
    /asked|approached|turn|invited/,
    new RegExp(`\\b(?:[Ww]e|[Ii])\\s+(?:asked|approached|turn(?:ed)?\\s+to|invited)\\s+(${NAME})(?:,\\s+(${DESCRIPTION})${DESCRIPTION_END})?`, 'u'),
  ),
  needing(
    /questions/,
    new RegExp(
      `(${NAME})(?:,\\s+(${DESCRIPTION}),)?\\s+(?:answered|answers|agreed\\s+to\\s+answer|has\\s+answered|kindly\\s+answered)\\s+(?:(?:our|the|some|a\\s+few|several)\\s+)?(?:of\\s+our\\s+)?questions\\b`,
      'u',
    ),
  ),
  needing(/told|tells/, new RegExp(`(${NAME})(?:,\\s+(${DESCRIPTION}),)?\\s+(?:told|tells)\\s+(?:${NAME}|us|me)\\b`, 'u')),
  // "«...», – states Aida Bekova – a lawyer, in the interview for ...": the quote-first lead of an interview, the role after a comma or a dash.
  new RegExp(
    `[,”"’»]\\s*[–—-]?\\s*(?:says|said|explains|believes|thinks|argues|insists|warns|states|notes|assures|considers|suggests|stresses|emphasizes|emphasises|underlines|underlies)\\s+(${NAME})(?:(?:,|\\s+[–—])\\s+(${DESCRIPTION})${DESCRIPTION_END})?`,
    'u',
  ),
  // "These questions to Ambassador Aida Bekova", "The editors discussed these and other issues with Aida Bekova".
  needing(/questions|issues|topics/, new RegExp(`\\b(?:[Tt]hese|[Oo]ur|[Tt]he)\\s+(?:and\\s+other\\s+)?(?:questions|issues|topics)\\s+(?:to|with)\\s+(${NAME})`, 'u')),
];
/**
 * "An interview with Kloop co-founder Aida Bekova.", "Interview with UK ambassador Aida Bekova",
 * "interview with the founder of the movement “Birlik” Aida Bekova.", "talked with the UN Special
 * Rapporteur on water, Ms Aida Bekova, to ...": a role holding a title of the lexicon (group 1,
 * checked by the caller) right before the name (group 2), which closes the sentence or the clause.
 * An outlet ("with the newspaper Egemen Qazaqstan") has no title before it, and one who speaks
 * after the comma ("In an interview with editor Ivan Petrov, Bekova discusses ...") is the interviewee.
 */
const INTERVIEW_WITH_ROLE = needing(
  /nterview|poke|alk|peaks/,
  new RegExp(
    `\\b(?:[Ii]nterview(?:ed)?|[Ss]poke|[Tt]alked|[Ss]peaks|[Tt]alks)\\s+(?:with|to)\\s+((?:[^.,;:?!\\s]+\\s+){0,10}(?:\\p{Ll}[\\p{Ll}-]*|\\S*[”"»]),?)\\s+(${NAME})(?![\\p{L}\\p{M}\\p{N}’'-])(?!,\\s+(?:${NAME}|(?:the|a|an)(?:\\s+\\p{Ll}[\\p{L}-]*){1,3}|he|she|they)\\s+(?:${SPEAKING}|commented\\b|discusses\\b|discussed\\b))(?=[.,;]?\\s*$|[,;]|\\.\\s|\\s+(?:about|on|to)\\s)`,
    'gu',
  ),
);
/**
 * "..., says expert Aida Bekova in an interview", "..., – an expert from the UK Aida Bekova discusses
 * ... in an interview": a quote-first lead whose role comes before the name; the role (group 1)
 * must hold a title of the lexicon, and the sentence must call itself an interview.
 */
const QUOTE_ROLE_FIRST = needing(
  /interview/,
  new RegExp(
    `[,”"’»]\\s*[–—-]?\\s*(?:(?:says|said|explains|notes|states|considers|believes|suggests|argues)\\s+)?((?:(?:an?|the)\\s+)?(?:[\\p{Ll}-]+\\s+){1,4}?(?:from\\s+(?:the\\s+)?\\p{Lu}[\\p{L}]*\\s+)?)(${NAME})(?:\\s+\\([^)]{1,40}\\))?(?:\\s+(?:discusses|explains|says|shares|notes|believes|argues|considers))?\\s[^.]{0,160}?\\binterview\\b`,
    'gu',
  ),
);

/**
 * "The head of the Center, political scientist Aida Bekova, commented on ... in an interview with
 * Valley Post": a role (with a title of the lexicon, group 1) right before the name (group 2) of
 * the sentence's subject, who speaks in an interview with the outlet (group 3). The outlet asks.
 */
const ROLE_SUBJECT_IN_INTERVIEW = needing(
  /interview/,
  new RegExp(
    `(?:^|[.!?]\\s+|,\\s+)((?:(?:an?|the)\\s+)?(?:[\\p{Ll}-]+\\s+){1,3})(${NAME}),?\\s+(?:commented|said|spoke|discussed|explained|shared|talked|argued|noted)\\b[^.!?]{0,200}?\\b(?:in|during)\\s+(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+)?interview\\s+(?:with|to|for)\\s+(${NAME})`,
    'gu',
  ),
);
/**
 * "had a conversation with U.S. Ambassador to Kyrgyzstan Aida Bekova about ...", "to interview
 * current U.S. Ambassador to Kyrgyzstan Aida Bekova in Bishkek": title words (group 1), then a
 * run of capitalised words (group 2) whose leading place names belong to the title.
 */
const TITLED_AFTER_INTERVIEW = needing(
  /nterview|onversation|poke|alked/,
  new RegExp(
    `\\b(?:(?:[Ii]nterview|[Cc]onversation|[Ss]poke|[Tt]alked)\\s+(?:with|to)|\\bto\\s+interview|[Ii]nterviewed)\\s+((?:[\\p{L}.’'-]+\\s+){1,8}?)(${CAP_WORD}(?:\\s+${CAP_WORD}){1,4})(?=\\s+(?:in|about|on|at|regarding)\\b|[,.;]|$)(?!,\\s+(?:[\\p{L}-]+\\s+){0,3}?${NAME}\\s+(?:${SPEAKING}|commented\\b|discusse[sd]\\b))`,
    'gu',
  ),
);

/**
 * "U.S. Ambassador Aida Bekova spoke to Valley Post": a person with a title before the name (group 1)
 * who speaks to someone (group 2) answers; the one spoken to asks.
 */
const TITLED_SUBJECT_SPOKE = needing(/spoke|talk|speaks/, new RegExp(`(?:^|[.!?]\\s+)(${NAME})\\s+(?:spoke|talked|speaks|talks)\\s+(?:with|to)\\s+(${NAME})`, 'gu'));

/** "Kyrgyzstan Aida Bekova" -> "Aida Bekova": a place the gazetteer knows before a name is the title's, not the name's. */
function withoutLeadingPlaces(name: string): string {
  const words = name.split(/\s+/u);
  let k = 0;
  while (k < words.length - 2 && knownNonPerson(words[k]!)) k += 1;
  return words.slice(k).join(' ');
}

/**
 * The full name a surname (with or without an honorific: "Ms. Holm", "Lillis") stands for: the
 * shortest name of two to four words in the texts that ends in it ("Karin Holm’s new book"). A
 * name of two or more words other than an honorific and a surname is returned as it is.
 * `fullNames` maps each surname in the texts to that name, built once per call of the caller.
 */
function fullNameOf(name: string, fullNames: () => ReadonlyMap<string, string>): string {
  const { honorifics } = loadNameWords();
  const words = name.split(/\s+/u);
  const bare = words.length === 2 && honorifics.has(words[0]!.toLowerCase().replace(/\./gu, '')) ? [words[1]!] : words;
  if (bare.length !== 1 || !/^\p{Lu}\p{Ll}/u.test(bare[0]!)) return name;
  return fullNames().get(bare[0]!) ?? name;
}

/** Each surname of the texts to the shortest name of two to four words ending in it: one pass over the texts. */
function indexFullNames(texts: readonly string[]): Map<string, string> {
  const { honorifics } = loadNameWords();
  const best = new Map<string, string[]>();
  for (const text of texts) {
    for (const m of text.matchAll(NAME_GLOBAL)) {
      // The shortest such name: a longer run may have taken in a place before it ("Central Asia Aida Bekova").
      const parts = withoutTitle(m[0].replace(/[’']s$/u, '').replace(/\.$/u, '')).split(/\s+/u);
      const first = parts[0]!;
      if (parts.length < 2 || parts.length > 4 || NOT_A_NAME.test(first) || honorifics.has(first.toLowerCase().replace(/\./gu, ''))) continue;
      const surname = parts[parts.length - 1]!;
      const known = best.get(surname);
      if (!known || parts.length < known.length) best.set(surname, parts);
    }
  }
  return new Map([...best].map(([surname, parts]) => [surname, parts.join(' ')]));
}
const NAME_GLOBAL = new RegExp(NAME, 'gu');

/** A role phrase before a name ends on a noun, never on a preposition or an article. */
const ROLE_END_NOT = /(?:^|\s)(?:of|for|at|in|on|to|from|with|and|the|an?)\s*,?\s*$/u;

/** Words that can start a capitalised run without being a name ("An Interview with ..."). */
const NOT_A_NAME = /^(?:The|A|An|Our|This|Interview|Exclusive)$/u;

/**
 * The interviewee named in `texts` (title, lead, introduction), the name found most often, with
 * the first role phrase found for it.
 */
export function findInterviewee(texts: readonly string[]): Interviewee | null {
  const counts = new Map<string, { count: number; order: number; description?: string }>();
  let order = 0;
  let fullNames: Map<string, string> | undefined;
  const fullNamesOnce = () => (fullNames ??= indexFullNames(texts));
  // Outlets that asked, by the sentences that name who answered them: never the interviewee.
  const askers = new Set<string>();
  for (const text of texts) {
    for (const m of mayMatch(ROLE_SUBJECT_IN_INTERVIEW, text) ? text.matchAll(ROLE_SUBJECT_IN_INTERVIEW) : []) {
      const name = withoutTitle(m[2]!.trim());
      if (!hasTitleWord(m[1]!) || NOT_A_NAME.test(name.split(/\s+/u)[0]!) || name.split(/\s+/u).length < 2 || knownNonPerson(name)) continue;
      askers.add(m[3]!.trim().replace(/\.$/u, ''));
      const entry = counts.get(name) ?? { count: 0, order: order++ };
      entry.count += 1;
      counts.set(name, entry);
    }
    for (const m of mayMatch(TITLED_SUBJECT_SPOKE, text) ? text.matchAll(TITLED_SUBJECT_SPOKE) : []) {
      const name = withoutTitle(m[1]!.trim());
      if (name === m[1]!.trim() || name.split(/\s+/u).length < 2 || knownNonPerson(name)) continue;
      askers.add(m[2]!.trim().replace(/\.$/u, ''));
      const entry = counts.get(name) ?? { count: 0, order: order++ };
      entry.count += 1;
      counts.set(name, entry);
    }
    for (const m of mayMatch(TITLED_AFTER_INTERVIEW, text) ? text.matchAll(TITLED_AFTER_INTERVIEW) : []) {
      const name = withoutLeadingPlaces(withoutTitle(m[2]!.trim().replace(/\.$/u, '')));
      const role = text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].length - name.length);
      if (!hasTitleWord(role) || NOT_A_NAME.test(name.split(/\s+/u)[0]!) || name.split(/\s+/u).length < 2 || knownNonPerson(name)) continue;
      const entry = counts.get(name) ?? { count: 0, order: order++ };
      entry.count += 1;
      counts.set(name, entry);
    }
    for (const m of [
      ...(mayMatch(INTERVIEW_WITH_ROLE, text) ? text.matchAll(INTERVIEW_WITH_ROLE) : []),
      ...(mayMatch(QUOTE_ROLE_FIRST, text) ? text.matchAll(QUOTE_ROLE_FIRST) : []),
    ]) {
      const name = withoutTitle(m[2]!.trim().replace(/\.$/u, ''));
      // "with President of Kazakhstan Aida Bekova": a role that ends on "of" has swallowed a place into the name.
      if (!hasTitleWord(m[1]!) || ROLE_END_NOT.test(m[1]!) || NOT_A_NAME.test(name.split(/\s+/u)[0]!) || name.split(/\s+/u).length < 2) continue;
      const entry = counts.get(name) ?? { count: 0, order: order++ };
      entry.count += 1;
      counts.set(name, entry);
    }
    for (const pattern of INTERVIEWEE_PATTERNS) {
      if (!mayMatch(pattern, text)) continue;
      const global = new RegExp(pattern.source, 'gu');
      for (const m of text.matchAll(global)) {
        // "Ms. Holm explains", "Lillis discusses": a surname stands for the full name the texts give it.
        // "to Qalampir.uz. We always ...": a full stop after a word ends the sentence, and the name with it.
        const name = fullNameOf(withoutTitle(cutAtSentenceStop(m[1]!.trim().replace(/\.$/u, ''))), fullNamesOnce);
        if (NOT_A_NAME.test(name.split(/\s+/u)[0]!) || name.split(/\s+/u).length < 2) continue;
        const entry = counts.get(name) ?? { count: 0, order: order++ };
        entry.count += 1;
        const description = m[2]?.trim();
        if (description && !entry.description) entry.description = description;
        counts.set(name, entry);
      }
    }
  }
  const best = [...counts.entries()]
    .filter(([name]) => !knownNonPerson(name) && !askers.has(name) && !titleOnly(name))
    .sort((a, b) => b[1].count - a[1].count || a[1].order - b[1].order)[0];
  if (!best) return null;
  const found: Interviewee = { name: best[0] };
  if (best[1].description) found.description = best[1].description;
  const interviewer = findInterviewer(texts, best[0]);
  if (interviewer) found.interviewer = interviewer;
  return found;
}

/** Not after "the", "of" or "for" ("before the New Year, on December 30, ...", "the Center for the Study of Afghan Politics, ..." present nobody). */
const PRESENTED = new RegExp(`(?<!\\b(?:the|of|for)\\s)(${NAME}),\\s+((?:an?|the|\\p{Ll})[^,.;:?!“”"]{2,120}),`, 'u');

/**
 * The person an introduction presents with a role ("Aida Bekova, a lawyer in Osh, ..."): the
 * interviewee of a marked interview (dashes, Q:/A:) whose lead says nothing more.
 */
export function findPresentedPerson(texts: readonly string[]): Interviewee | null {
  for (const text of texts) {
    const global = new RegExp(PRESENTED.source, 'gu');
    for (const m of text.matchAll(global)) {
      const name = withoutTitle(m[1]!.trim());
      if (NOT_A_NAME.test(name.split(/\s+/u)[0]!) || name.split(/\s+/u).length < 2) continue;
      // "... in Kyrgyzstan. But, despite everything, ...": a full stop after a word (not an
      // initial, "J. Smith") ends a sentence, so what runs across it is no name.
      if (/\p{L}{2,}\.\s/u.test(name)) continue;
      return { name, description: m[2]!.trim() };
    }
  }
  return null;
}

/** "We spoke with her about ...", "we asked him": the lead interviews someone it named just before. */
const INTERVIEWED_PRONOUN =
  /\b(?:spoke|talked|speak|talk|sat\s+down|met)\s+(?:with|to)\s+(?:her|him)\b|\b(?:asked|interviewed|approached)\s+(?:her|him)\b|\b(?:[Ss]he|[Hh]e)\s+(?:gave|granted|has\s+given)\s+(?:an?\s+)?(?:exclusive\s+)?interview\b|\b(?:[Ii]n|[Dd]uring)\s+an?\s+(?:[\p{Ll}-]+\s+)?interview\s+(?:with|to|for)\s+[^,.;:?!]{1,60},\s+(?:she|he)\s/u;
/**
 * A sentence that opens with a name, a title allowed before it ("Lawyer Aida Bekova has defended ...")
 * or a role set off by commas ("The EU envoy for the region, Aida Bekova, is ending her mission").
 */
const SUBJECT_NAME = new RegExp(
  `(?:^|[.!?]\\s+)(?:(?:The|An?)\\s+[^,.;:?!]{2,80},\\s+)?(${NAME}),?\\s+(?:has|have|had|is|was|heads|leads|works|worked|spent|became|runs|ran|founded|teaches|taught|lives|lived|represents|defended|defends)\\b`,
  'gu',
);

/**
 * The person a lead presents and then interviews through a pronoun ("Lawyer Aida Bekova has
 * defended journalists for years. We spoke with her about the trial.", "... She gave an
 * interview to Kloop"): the last person named as a sentence's subject before the pronoun.
 */
export function findPronounInterviewee(texts: readonly string[]): Interviewee | null {
  const joined = texts.join('\n');
  const cue = INTERVIEWED_PRONOUN.exec(joined);
  if (!cue) return null;
  let found: string | null = null;
  for (const m of joined.slice(0, cue.index).matchAll(SUBJECT_NAME)) {
    const name = withoutTitle(m[1]!.trim());
    const words = name.split(/\s+/u);
    if (words.length >= 2 && !NOT_A_NAME.test(words[0]!)) found = name;
  }
  if (!found) return null;
  // "In an interview with Valley Post, she discussed ...": the outlet the lead names asks.
  const interviewer = findInterviewer(texts, found);
  return interviewer ? { name: found, interviewer } : { name: found };
}

const HEADLINE_SPEAKER = new RegExp(`^(${NAME}):\\s+\\S`, 'u');
/** "EU Special Representative for Central Asia Aida Bekova: ...": title words, then the name, before the colon. */
const HEADLINE_TITLED_SPEAKER = new RegExp(`^[^:]{0,120}?\\s(${NAME}):\\s+\\S`, 'u');
/** A patronymic ("Kemelevich", "Nurlanovna", "Asanuly"): with a first name, how an interviewer addresses the person. */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ichna|uly|ulu|kyzy|qyzy)$/u;

/**
 * Whether an introduction names the person, in full or as an interviewer addresses them: the
 * first name and a patronymic ("Kassym-Jomart Kemelevich, thank you ...") or an honorific and
 * the surname ("Ms. Bekova explains ..."); or by the surname alone ("Bekova has defended ...")
 * where dashes already mark the text as an interview.
 */
function namedIn(name: string, texts: readonly string[], bySurname: boolean): boolean {
  if (texts.some((text) => text.includes(name))) return true;
  const words = name.split(/\s+/u);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const { honorifics } = loadNameWords();
  for (const text of texts) {
    const tokens = text.split(/[\s,;:.!?“”"«»()]+/u);
    if (bySurname && tokens.includes(last)) return true;
    for (let i = 0; i + 1 < tokens.length; i += 1) {
      if (tokens[i] === first && PATRONYMIC.test(tokens[i + 1]!)) return true;
      if (tokens[i + 1] === last && honorifics.has(tokens[i]!.toLowerCase().replace(/\./gu, ''))) return true;
    }
  }
  return false;
}

/**
 * The person a headline gives the floor to ("Aida Bekova: the reform has failed the farmers",
 * "President of Kazakhstan Aida Bekova: ..."): the interviewee of a marked interview when the
 * introduction names that person too, so a label of a topic ("Water: ...") or a place
 * ("Kyrgyzstan: ...") is never taken for one. Behind title words, the shortest run of two or
 * more of the last capitalised words that the introduction names is the person. `bySurname`:
 * the text is marked as an interview, so the surname alone in the introduction will do.
 */
export function findHeadlineSpeaker(headline: string, intro: readonly string[], bySurname = false): Interviewee | null {
  const trimmed = headline.trim();
  const m = HEADLINE_SPEAKER.exec(trimmed);
  const candidates: string[] = [];
  if (m) candidates.push(withoutTitle(m[1]!.trim()));
  else {
    const titled = HEADLINE_TITLED_SPEAKER.exec(trimmed);
    // Only title words may stand before the name ("The Nature of Security in Central Asia: ..." gives nobody the floor).
    if (!titled || !hasTitleWord(trimmed.slice(0, titled.index + titled[0].indexOf(titled[1]!)))) return null;
    const words = withoutTitle(titled[1]!.trim()).split(/\s+/u);
    for (let n = 2; n <= words.length; n += 1) candidates.push(words.slice(-n).join(' '));
  }
  for (const name of candidates) {
    const words = name.split(/\s+/u);
    if (words.length < 2 || NOT_A_NAME.test(words[0]!) || /\p{L}{2,}\.\s/u.test(name) || knownNonPerson(name)) continue;
    if (namedIn(name, intro, bySurname)) return { name };
  }
  return null;
}

/** A name the gazetteer knows as a place, a body or a group ("Central Asia: ...", "European Union, in an interview"): never an interviewee. */
function knownNonPerson(name: string): boolean {
  const kind = loadGazetteer().lookupName(name)?.kind;
  return kind !== undefined && kind !== 'Person';
}

/** "Qalampir.uz. We" -> "Qalampir.uz": a full stop after a word (not an honorific, "Ms. Holm") ends the sentence and the name. */
function cutAtSentenceStop(name: string): string {
  const { honorifics } = loadNameWords();
  for (const m of name.matchAll(/(\p{L}{2,})\.\s/gu)) {
    if (!honorifics.has(m[1]!.toLowerCase())) return name.slice(0, m.index + m[1]!.length);
  }
  return name;
}

/** "U.S. Ambassador", "EU Special Representative": title words and abbreviations only, no name. */
function titleOnly(name: string): boolean {
  const { honorifics, titles } = loadNameWords();
  const words = name.split(/\s+/u);
  return words.every((w, i) => {
    const lower = w.toLowerCase().replace(/\.$/u, '');
    return (
      titles.has(lower) ||
      honorifics.has(lower.replace(/\./gu, '')) ||
      /^[\p{Lu}.]{2,6}$/u.test(w) ||
      (i + 1 < words.length && titles.has(`${lower} ${words[i + 1]!.toLowerCase()}`)) ||
      (i > 0 && titles.has(`${words[i - 1]!.toLowerCase()} ${lower}`))
    );
  });
}

/** Whether a run of words holds a title of the lexicon ("EU Special Representative for", "President of RK"). */
function hasTitleWord(text: string): boolean {
  const { titles } = loadNameWords();
  const words = text
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter(Boolean);
  return words.some((w, i) => titles.has(w) || (i + 1 < words.length && titles.has(`${w} ${words[i + 1]}`)));
}

/** "Ombudsman Nurzhan Toktomatova" -> "Nurzhan Toktomatova": the title is a role, not part of the name. */
function withoutTitle(name: string): string {
  const { honorifics, titles } = loadNameWords();
  const words = name.split(/\s+/u);
  let k = 0;
  while (k < words.length - 2) {
    const w = words[k]!.toLowerCase().replace(/\./gu, '');
    const two = `${w} ${words[k + 1]!.toLowerCase()}`;
    if (titles.has(two)) k += 2;
    else if (honorifics.has(w) || titles.has(w)) k += 1;
    // "U.S. Ambassador Aida Bekova", "EU Special Representative Aida Bekova": a country's or a body's
    // abbreviation before a title belongs to the title.
    else if (/^[\p{Lu}.]{2,6}$/u.test(words[k]!) && k + 1 < words.length - 2 && isTitleAt(words, k + 1, titles)) k += 1;
    else break;
  }
  return words.slice(k).join(' ');
}

function isTitleAt(words: readonly string[], k: number, titles: ReadonlySet<string>): boolean {
  const w = words[k]!.toLowerCase();
  return titles.has(w) || (k + 1 < words.length && titles.has(`${w} ${words[k + 1]!.toLowerCase()}`));
}

function findInterviewer(texts: readonly string[], interviewee: string): string | null {
  for (const text of texts) {
    for (const pattern of INTERVIEWER_PATTERNS) {
      if (!mayMatch(pattern, text)) continue;
      for (const m of text.matchAll(pattern)) {
        // "RFE/RL's Kazakh Service" -> the outlet; never the interviewee themself.
        // A name at the end of a sentence keeps no full stop ("... with Vlast.kz.").
        const name = m[1]!
          .replace(/[’']s\b.*$/u, '')
          .trim()
          .replace(/\.$/u, '');
        if (name && !sameSpeaker(name, interviewee) && !interviewee.includes(name) && !NOT_A_NAME.test(name)) return name;
      }
    }
  }
  return null;
}

/** "Bekova" or "Aida Bekova" both name the interviewee "Aida Bekova". */
export function sameSpeaker(prefix: string, name: string | null | undefined): boolean {
  if (!name) return false;
  const p = prefix.toLowerCase();
  const n = name.toLowerCase();
  // "U.S. Ambassador Aida Bekova:" labels the turns of "Aida Bekova" too: title words before a full name.
  return p === n || n.split(/\s+/u).includes(p) || n.endsWith(` ${p}`) || (n.includes(' ') && p.endsWith(` ${n}`));
}

/** "J.H." or "Sh.N.": a label of initials, one (or two) letters and a full stop per word. */
const INITIALS = /^(?:\p{Lu}\p{Ll}?\.){2,3}$|^\p{Lu}{2,3}$/u;

/** Whether a label of initials ("Sh.N.") stands for a full name ("Shahzod Nusratov"): each word starts with its letters. */
export function initialsOf(label: string, name: string): boolean {
  if (!INITIALS.test(label)) return false;
  const letters = label.includes('.') ? label.split('.').filter(Boolean) : [...label];
  const words = name.split(/\s+/u);
  return letters.length === words.length && letters.every((l, i) => words[i]!.startsWith(l));
}
