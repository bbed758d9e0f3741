/**
 * References that are not names: personal pronouns ("he", "his") to the one person they can
 * mean, first-person words in an answer to its speaker ("I") or the speaker's organisation
 * ("we", "our"), and a bare title ("the president") to the person the document gives that
 * title. Ambiguous references stay unresolved: a wrong link is worse than none. Pure.
 */
import type { Knowledge, TitleInfo } from './knowledge';
import { SPEECH_FORMS } from './stance-lexicon';
import type { Token, TokenizedText } from './tokenize';
import { matchTitleAt, phraseOf } from './title-match';
import { mentionOverTokens, type ResolvedMention } from './resolved-mention';
import type { Voice } from './stance-context';

const THIRD_PERSON = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
const NOMINATIVE = new Set(['he', 'she']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);

export interface ReferenceContext {
  tokenized: TokenizedText;
  text: string;
  names: readonly ResolvedMention[];
  knowledge: Knowledge;
  voiceAt: (offset: number) => Voice | undefined;
  /** Whether the offset lies inside a quotation or reported speech of someone else. */
  isQuoted: (offset: number) => boolean;
  kindOf: (entity: string) => string | undefined;
  /** Titles written before each person's name in this document, lower case, by entity key. */
  titlesByPerson: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The key of the one person known to hold a single-holder office ("prime minister") on the
   * document's date, in the given country or else the country in focus; added to the document's
   * entities when found. Absent: bare titles resolve only to people the document itself titles.
   */
  titleHolder?: (title: string, country: string | undefined) => string | undefined;
  /**
   * The people the document's relations say lead a country ("President of Kazakhstan Nursultan
   * Nazarbayev": LEADS Kazakhstan); undefined asks for the country in focus. A wire report's "the
   * Head of State", "the Kazakh leader" stand for that one person, undated texts too.
   */
  leadersOf?: (country: string | undefined) => readonly string[];
  /** Whether the document's relations say this person leads some country. */
  leadsCountry?: (person: string) => boolean;
  /** Whether the document's relations tie the person to the country: its office, its government, one of its bodies, its nationality. */
  servesCountry?: (person: string, country: string) => boolean;
}

function mentionAt(tokens: readonly Token[], tokenIndex: number, entity: string, via: ResolvedMention['via']): ResolvedMention {
  return mentionOverTokens(tokens, tokenIndex, tokenIndex + 1, { surface: tokens[tokenIndex]!.text, kind: 'Person', via, entity });
}

/** The single person a third-person pronoun can refer to, looking back one sentence in the same block. */
function antecedent(ctx: ReferenceContext, persons: PersonsBySentence, index: number): string | undefined {
  const { tokens, sentences } = ctx.tokenized;
  const token = tokens[index]!;
  // "“... Rustam Emomali,” he told RFE/RL": not someone named in the words he speaks.
  const heard = speakerOutside(ctx, index);
  const all = persons.get(token.sentence) ?? [];
  const here = heard ? all.filter(heard) : all;
  const before = here.filter((m) => m.tokenEnd <= index);
  if (before.length > 0) {
    const distinct = new Set(before.map((m) => m.entity));
    return distinct.size === 1 ? before[0]!.entity : before[before.length - 1]!.entity;
  }
  // One sentence back, across a paragraph break too: news paragraphs often open with "he said".
  const previous = sentences[token.sentence - 1];
  if (previous) {
    const inPrevious = persons.get(token.sentence - 1) ?? [];
    const there = new Set(inPrevious.map((m) => m.entity));
    if (there.size === 1) return [...there][0];
    if (there.size > 1) {
      // Several people: the one the sentence quotes ("..., said Timur Aliyev") is the one who goes on.
      const speakers = new Set(inPrevious.filter((m) => isAttributed(tokens, m)).map((m) => m.entity));
      if (speakers.size === 1) return [...speakers][0];
      if (speakers.size > 1) return undefined;
      // "The Secretary-General met with President Rahmon. He welcomed ...": a subject pronoun that
      // opens its sentence goes on with the subject that opened the one before.
      // The subject opens it: no comma, verb or preposition before it ("UN Secretary-General X met ...", not "In Dushanbe, X met ...").
      const opens = (k: number, sentence: number) => {
        for (let j = sentences[sentence]!.tokenStart; j < k; j++) if (tokens[j]!.text === ',' || ['VERB', 'AUX', 'ADP'].includes(tokens[j]!.pos)) return false;
        return true;
      };
      const subject = inPrevious[0];
      return NOMINATIVE.has(token.lower) && index === sentences[token.sentence]!.tokenStart && subject && opens(subject.tokenStart, token.sentence - 1)
        ? subject.entity
        : undefined;
    }
  }
  // Cataphora: "In her address to the council, Minister Bekova ..."
  // Only a possessive looks ahead: in "In this context, he welcomes the offer by President X" the
  // subject "he" is someone already spoken of, not X.
  const possessive = /^(his|her)$/.test(token.lower) && tokens[index + 1]?.pos !== 'VERB' && tokens[index + 1]?.pos !== 'AUX';
  const after = new Set(here.filter((m) => m.tokenStart > index).map((m) => m.entity));
  if (after.size === 1 && possessive) return [...after][0];
  if (previous && (persons.get(token.sentence - 1) ?? []).length > 0) return undefined;
  return recentPerson(ctx, persons, token.sentence - 2);
}

/**
 * For a reference outside any quotation that speaks ("..., he told RFE/RL", "the activist said"):
 * a test that keeps only people named outside what was quoted or reported. The one who speaks is
 * the one the report follows, not someone named in the words: in "“... President Rahmon and
 * Rustam Emomali,” he told RFE/RL" he is the activist. Undefined when the reference does not speak.
 */
function speakerOutside(ctx: ReferenceContext, index: number): ((m: ResolvedMention) => boolean) | undefined {
  const { tokens } = ctx.tokenized;
  if (!SAYS.test(tokens[index + 1]?.lower ?? '') || ctx.isQuoted(tokens[index]!.start)) return undefined;
  return (m) => !ctx.isQuoted(m.start) || isAttributed(tokens, m);
}

/** How many sentences back a pronoun or a bare role noun may look past a sentence that names no one. */
const LOOK_BACK = 3;

/**
 * The one person named in the few sentences up to `from` (the last speaker named beside a
 * reporting verb when there are several): "... Kaye said. During his visit, the expert met
 * students. The Government promised reforms, he said."
 */
function recentPerson(ctx: ReferenceContext, persons: PersonsBySentence, from: number, keep?: (m: ResolvedMention) => boolean): string | undefined {
  const { tokens } = ctx.tokenized;
  for (let s = from; s >= 0 && s > from - LOOK_BACK; s--) {
    const all = persons.get(s) ?? [];
    const there = keep ? all.filter(keep) : all;
    if (there.length === 0) continue;
    const distinct = new Set(there.map((m) => m.entity));
    if (distinct.size === 1) return [...distinct][0];
    const speakers = new Set(there.filter((m) => isAttributed(tokens, m)).map((m) => m.entity));
    return speakers.size === 1 ? [...speakers][0] : undefined;
  }
  return undefined;
}

/** Person mentions by sentence, each list in text order; kept up to date as pronouns resolve. */
type PersonsBySentence = Map<number, ResolvedMention[]>;

function addPerson(persons: PersonsBySentence, m: ResolvedMention): void {
  const list = persons.get(m.sentence) ?? [];
  let k = list.length;
  while (k > 0 && list[k - 1]!.start > m.start) k--;
  list.splice(k, 0, m);
  persons.set(m.sentence, list);
}

const SAYS_FORMS: ReadonlySet<string> = new Set(SPEECH_FORMS);
const SAYS = { test: (word: string) => SAYS_FORMS.has(word) };

/** Whether a name stands right by a reporting verb: "said Timur Aliyev", "Aliyev said". */
function isAttributed(tokens: readonly Token[], m: ResolvedMention): boolean {
  return SAYS.test(tokens[m.tokenStart - 1]?.lower ?? '') || SAYS.test(tokens[m.tokenEnd]?.lower ?? '');
}

/** Titles that name whoever leads a country, whatever title the text gave them by name ("the Kazakh leader"). */
const LEADER_CANONICALS: ReadonlySet<string> = new Set(['Leader', 'Head']);

/**
 * The one person a country-leading title stands for, from the document's own relations:
 * "the Kazakh President", "the Head of State" (the country in focus), "the Uzbek leader".
 * With no country, a head-of-state title the text gives several people ("President Tokayev",
 * "President of the General Assembly Abdulla Shahid") means the one of them who leads a country.
 */
function countryLeader(
  ctx: ReferenceContext,
  info: TitleInfo,
  country: string | undefined,
  holders: ReadonlySet<string>,
  titled: ReadonlySet<string> | undefined,
): string | undefined {
  if (info.relation !== 'leads' || !ctx.leadersOf) return undefined;
  if (!country && holders.size > 1) {
    if (!info.headOfState) return undefined;
    const heads = [...holders].filter((p) => ctx.leadsCountry?.(p));
    return heads.length === 1 ? heads[0] : undefined;
  }
  if (!country && holders.size === 1) return undefined;
  if (!country && !info.headOfState) return undefined;
  const generic = info.headOfState || LEADER_CANONICALS.has(info.canonical);
  const leaders = ctx.leadersOf(country).filter((p) => generic || titled?.has(p));
  return leaders.length === 1 ? leaders[0] : undefined;
}

/**
 * "the Kyrgyz minister" after "Kyrgyz Foreign Minister Ruslan Kazabayev": the one person the
 * text gives the title who serves that country. Two such people, or none: no one.
 */
function countryOfficial(ctx: ReferenceContext, country: string | undefined, titled: ReadonlySet<string> | undefined): string | undefined {
  if (!country || !titled || !ctx.servesCountry) return undefined;
  const serving = [...titled].filter((p) => ctx.servesCountry!(p, country));
  return serving.length === 1 ? serving[0] : undefined;
}

/** How many words may describe a role between "An" and its title: "An independent United Nations human rights expert". */
const LEAD_DESCRIPTION = 6;

/**
 * "An independent United Nations human rights expert today voiced concern ... . “...,” David Kaye,
 * Special Rapporteur ..., said": an indefinite role as the subject of a sentence, before the text
 * has named any person, is the one person the next sentence names. A role only ("expert",
 * "envoy"), never an office of one holder ("a president" is no one in particular).
 */
function leadIntroduction(ctx: ReferenceContext, persons: PersonsBySentence, index: number, firstPerson: number): { from: number; to: number; entity: string } | undefined {
  const { tokens } = ctx.tokenized;
  const sentence = tokens[index]!.sentence;
  if (firstPerson < index) return undefined;
  for (let k = index + 1; k <= index + LEAD_DESCRIPTION && tokens[k]?.sentence === sentence; k++) {
    const title = matchTitleAt(tokens, k, ctx.knowledge.titles);
    if (!title) continue;
    const { info } = title;
    if (info.relation === 'leads' || info.headOfState || info.singleHolder) return undefined;
    const after = tokens[title.end];
    if (!after || after.sentence !== sentence || !['VERB', 'AUX', 'ADV', 'NOUN'].includes(after.pos) || /^\p{Lu}/u.test(after.text)) return undefined;
    const next = new Set((persons.get(sentence + 1) ?? []).map((m) => m.entity));
    return next.size === 1 ? { from: k, to: title.end, entity: [...next][0]! } : undefined;
  }
  return undefined;
}

/** Resolve pronouns, first-person words and bare titles; returns the new mentions only. */
export function resolveReferences(ctx: ReferenceContext): ResolvedMention[] {
  const { tokens } = ctx.tokenized;
  const out: ResolvedMention[] = [];
  const persons: PersonsBySentence = new Map();
  for (const m of ctx.names) if (m.kind === 'Person') addPerson(persons, m);
  const byTitle = new Map<string, Set<string>>();
  for (const [person, titles] of ctx.titlesByPerson)
    for (const t of titles) {
      let set = byTitle.get(t);
      if (!set) byTitle.set(t, (set = new Set()));
      set.add(person);
    }
  // "the UN chief" for the person the text titled "UN Secretary-General": one title in other words.
  const byCanonical = new Map<string, Set<string>>();
  for (const [phrase, people] of byTitle) {
    const canonical = ctx.knowledge.titles.get(phrase)?.canonical;
    if (!canonical) continue;
    let set = byCanonical.get(canonical);
    if (!set) byCanonical.set(canonical, (set = new Set()));
    for (const p of people) set.add(p);
  }
  const covered = new Set<number>();
  for (const m of ctx.names) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  const personStarts = new Set(ctx.names.filter((m) => m.kind === 'Person').map((m) => m.tokenStart));
  // Where the text first names a person: a lead's "An independent expert ..." comes before it.
  let firstPerson = Number.POSITIVE_INFINITY;
  for (const start of personStarts) if (start < firstPerson) firstPerson = start;
  const countryByToken = new Map<number, ResolvedMention>();
  for (const m of ctx.names) if (m.kind === 'Country' && m.tokenEnd > m.tokenStart) countryByToken.set(m.tokenStart, m);
  // A title standing for the one person who holds it ("Madam Ambassador", "the president"): tokens [from, to).
  const addTitleMention = (from: number, to: number, entity: string) => {
    const m = mentionOverTokens(tokens, from, to, { surface: ctx.text.slice(tokens[from]!.start, tokens[to - 1]!.end), kind: 'Person', via: 'alias', entity });
    out.push(m);
    addPerson(persons, m);
  };

  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const token = tokens[i]!;
    const lower = token.lower;
    if (THIRD_PERSON.has(lower)) {
      const entity = antecedent(ctx, persons, i);
      if (entity) {
        const m = mentionAt(tokens, i, entity, 'pronoun');
        out.push(m);
        addPerson(persons, m);
      }
      continue;
    }
    if ((FIRST_SINGULAR.has(lower) || FIRST_PLURAL.has(lower)) && !ctx.isQuoted(token.start)) {
      const voice = ctx.voiceAt(token.start);
      if (!voice) continue;
      const entity = FIRST_PLURAL.has(lower) ? voice.organisation : voice.holder;
      if (entity) out.push({ ...mentionAt(tokens, i, entity, 'speaker'), kind: (ctx.kindOf(entity) ?? 'Person') as ResolvedMention['kind'] });
      continue;
    }
    // "Madam Ambassador", "Mr President": an honorific and a title with no name after them
    // address or name the one person the document gives that title.
    if (i + 1 < tokens.length && /^\p{Lu}/u.test(token.text) && ctx.knowledge.honorifics.has(lower.replace(/\.$/, ''))) {
      const title = matchTitleAt(tokens, i + 1, ctx.knowledge.titles);
      const after = title ? tokens[title.end] : undefined;
      if (!title || (after && after.sentence === token.sentence && /^\p{Lu}/u.test(after.text))) continue;
      const phrase = phraseOf(tokens, i + 1, title.end);
      const holders = byTitle.get(phrase);
      const entity = holders ? (holders.size === 1 ? [...holders][0] : undefined) : ctx.titleHolder?.(phrase, undefined);
      if (entity) addTitleMention(i, title.end, entity);
      i = title.end - 1;
      continue;
    }
    // "An independent United Nations human rights expert today voiced concern ...": a wire lead
    // that introduces its speaker by role, before naming anyone, then names them next.
    if ((lower === 'a' || lower === 'an') && i === ctx.tokenized.sentences[token.sentence]!.tokenStart) {
      const lead = leadIntroduction(ctx, persons, i, firstPerson);
      if (lead) {
        addTitleMention(lead.from, lead.to, lead.entity);
        i = lead.to - 1;
      }
      continue;
    }
    // "the president", "The president's misuse": a title with no name after it.
    if (lower === 'the' && i + 1 < tokens.length) {
      // "the Kyrgyz president": a demonym names the country whose office it is.
      const demonym = countryByToken.get(i + 1);
      const at = demonym && demonym.via === 'demonym' ? i + 2 : i + 1;
      const title = matchTitleAt(tokens, at, ctx.knowledge.titles);
      if (!title || (tokens[title.end] && /^\p{Lu}/u.test(tokens[title.end]!.text) && !/^[’']s$/.test(tokens[title.end]!.lower))) continue;
      // "the State Minister of Foreign Affairs, Kadyrbek Sarbaev,": the apposition names the holder.
      if (tokens[title.end]?.text === ',' && personStarts.has(title.end + 1)) continue;
      // "the president of Uzbekistan": the country follows; any other "of" names a body, not a person we know.
      let country = at > i + 1 ? demonym!.entity : undefined;
      if (tokens[title.end]?.lower === 'of') {
        const named = countryByToken.get(title.end + 1) ?? (tokens[title.end + 1]?.lower === 'the' ? countryByToken.get(title.end + 2) : undefined);
        if (!named || named.via === 'demonym') continue;
        country = named.entity;
      }
      // "the Secretary-General": hyphens glued, as the title list and the people's titles write them.
      const phrase = phraseOf(tokens, at, title.end);
      const holders = country ? undefined : (byTitle.get(phrase) ?? byCanonical.get(title.info.canonical));
      const leader =
        countryLeader(ctx, title.info, country, holders ?? new Set(), byTitle.get(phrase)) ??
        countryOfficial(ctx, country, byTitle.get(phrase) ?? byCanonical.get(title.info.canonical));
      // "the expert", "the envoy" as a subject, with no one given that title: the person just named (news shorthand).
      // Offices of one holder are looked up by date instead; a leader is never guessed from the last name.
      const info = ctx.knowledge.titles.get(phrase);
      const casual = info !== undefined && info.relation !== 'leads' && !info.headOfState && !info.singleHolder;
      const shorthand = !country && !holders && at === i + 1 && casual ? recentPerson(ctx, persons, token.sentence, speakerOutside(ctx, title.end - 1)) : undefined;
      const entity = leader ?? (holders ? (holders.size === 1 ? [...holders][0] : undefined) : (ctx.titleHolder?.(phrase, country) ?? shorthand));
      if (entity) {
        addTitleMention(at, title.end, entity);
        i = title.end - 1;
      }
    }
  }
  return out;
}
