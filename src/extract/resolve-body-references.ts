/**
 * References to a body that are not its name: "the group", "the rights group", "the ministry"
 * and "it" as the subject of a verb, and "the statement" that says what its issuer says. Wire
 * copy names a body once and then goes on with "the group said"; without these, every later
 * sentence of the report has no holder. Only subjects are read, and only when one body fits: a
 * wrong link is worse than none. Pure.
 */
import { nameCueWords } from './name-cue-lists';
import { ACTION_ENTRIES, SPEECH_LEMMAS } from './stance-lexicon';
import type { Token, TokenizedText } from './tokenize';
import { mentionOverTokens, type ResolvedMention } from './resolved-mention';

export interface BodyReferenceContext {
  tokenized: TokenizedText;
  text: string;
  /** The document's names so far, in text order. */
  names: readonly ResolvedMention[];
  kindOf: (entity: string) => string | undefined;
}

/** Heads that can mean any non-governmental body just named: "the group", "the watchdog". */
const ANY_BODY_HEADS = nameCueWords('body-reference-heads');
/** Heads that mean a body whose own name carries the word: "the committee" for the Committee to Protect Journalists. */
const NAMED_BODY_HEADS = nameCueWords('named-body-reference-heads');
/** What a body issues that then "says" what the body says: "the statement said". */
const DOCUMENT_HEADS = nameCueWords('issued-document-heads');

/** What stands for the one country just named: "the country", "the Central Asian nation". */
const COUNTRY_HEADS = nameCueWords('country-reference-heads');

/** How many sentences back a reference may reach for the body it stands for. */
const REACH = 3;
/** How far back "the statement" looks for where the statement was issued. */
const DOCUMENT_REACH = 5;

/** Verbs after "it" that make it a body speaking or acting: "it said", "it condemned" (not "it is", "it was"). */
const VERB_LEMMAS: ReadonlySet<string> = new Set([...SPEECH_LEMMAS, ...ACTION_ENTRIES.filter((e) => !e.lemma.includes(' ')).map((e) => e.lemma)]);

/** Whether the token at `k` starts a verb phrase: a verb, an auxiliary, or adverbs then a verb ("also said"). */
function verbAt(tokens: readonly Token[], k: number, sentence: number): boolean {
  let j = k;
  while (tokens[j] && tokens[j]!.sentence === sentence && tokens[j]!.pos === 'ADV' && j - k < 2) j++;
  const t = tokens[j];
  return t !== undefined && t.sentence === sentence && (t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * "the Foundation" alone, not the start of a longer name ("the Foundation for Peace", "the
 * Embassy of Japan"): a capitalised body head with no capitalised word or "of", "for", "to" after it.
 */
function isCapitalisedHead(tokens: readonly Token[], k: number, covered: ReadonlySet<number>): boolean {
  const t = tokens[k];
  if (!t || covered.has(k) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !NAMED_BODY_HEADS.has(t.lower)) return false;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence) return true;
  return !/^\p{Lu}/u.test(next.text) && !/^(?:of|for|to|on|in|against)$/u.test(next.lower);
}

/** A body's own mention (not a government or an office standing in for one). */
function isBody(ctx: BodyReferenceContext, m: ResolvedMention): boolean {
  return ctx.kindOf(m.entity) === 'Organisation' && m.via !== 'pronoun' && m.via !== 'speaker' && m.via !== 'authorities' && m.via !== 'group-noun';
}

/** The document's names by sentence, built once: each reference looks at a few sentences only. */
type NamesBySentence = ReadonlyMap<number, readonly ResolvedMention[]>;

function namesBySentence(names: readonly ResolvedMention[]): NamesBySentence {
  const out = new Map<number, ResolvedMention[]>();
  for (const m of names) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

function mentionsBefore(names: NamesBySentence, index: number, sentence: number, reach: number): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (let s = Math.max(0, sentence - reach); s <= sentence; s++) for (const m of names.get(s) ?? []) if (m.tokenEnd <= index) out.push(m);
  return out;
}

/**
 * "the rights group": the body last named whose kind fits the head; the head must be in its name
 * unless it means any body. A body that was the subject of its sentence comes first: "X welcomes
 * the statement of the Commissioner. The group urges ..." goes on about X.
 */
function bodyFor(ctx: BodyReferenceContext, names: NamesBySentence, head: string, index: number, sentence: number): string | undefined {
  const quoted = quotedBefore(ctx.tokenized.tokens, index, sentence);
  const before = mentionsBefore(names, index, sentence, REACH).filter((m) => isBody(ctx, m) && !(quoted && m.tokenStart >= quoted[0] && m.tokenEnd <= quoted[1]));
  const fitting = ANY_BODY_HEADS.has(head)
    ? before.filter((m) => !/^government of /iu.test(m.surface) && !/\b(?:ministry|authorities)\b/iu.test(m.surface))
    : before.filter((m) => new RegExp(`\\b${head}\\b`, 'iu').test(m.surface));
  const { sentences } = ctx.tokenized;
  const subjects = fitting.filter((m) => m.tokenStart <= sentences[m.sentence]!.tokenStart + 2);
  return (subjects[subjects.length - 1] ?? fitting[fitting.length - 1])?.entity;
}

/**
 * "the Foundation", "the Embassy", "the Ministry" with a capital: a formal text's short name for
 * the one body it has named with that word, wherever it stands in a sentence ("the letter
 * distributed by the Foundation"). Only when a single body of the document so far fits.
 */
function capitalisedBodyFor(ctx: BodyReferenceContext, head: string, index: number): string | undefined {
  const pattern = new RegExp(`\\b${head}\\b`, 'iu');
  const fitting = new Set(ctx.names.filter((m) => m.tokenEnd <= index && isBody(ctx, m) && pattern.test(m.surface)).map((m) => m.entity));
  return fitting.size === 1 ? [...fitting][0] : undefined;
}

/**
 * The quotation a reference closes in its own sentence ("“... by Tajik authorities”, the group
 * said"), as a token range: what the quote names is not who speaks it.
 */
function quotedBefore(tokens: readonly Token[], index: number, sentence: number): [number, number] | undefined {
  let close = index - 1;
  while (close >= 0 && tokens[close]!.sentence === sentence && (tokens[close]!.text === ',' || tokens[close]!.pos === 'DET' || tokens[close]!.pos === 'ADJ')) close--;
  if (close < 0 || tokens[close]!.sentence !== sentence || !/^[”"»]$/u.test(tokens[close]!.text)) return undefined;
  let open = close - 1;
  while (open >= 0 && tokens[open]!.sentence === sentence && !/^[“"«„]$/u.test(tokens[open]!.text)) open--;
  // A quotation opened in an earlier sentence: its part in this one.
  return [open >= 0 && tokens[open]!.sentence === sentence ? open : open + 1, close];
}

/** "It said": the subject of its own sentence, else of the sentence before, when it is a body or a state. */
function itFor(ctx: BodyReferenceContext, names: NamesBySentence, index: number, sentence: number): string | undefined {
  const { tokens, sentences } = ctx.tokenized;
  const here = sentences[sentence]!;
  // "“...,” it said": what the quote names is not who speaks it.
  const opensWithQuote = /^[“"«„]$/u.test(tokens[here.tokenStart]?.text ?? '');
  const before = mentionsBefore(names, index, sentence, 0);
  const subjectSentence = before.length > 0 && !opensWithQuote ? sentence : sentence - 1;
  const at = sentences[subjectSentence];
  if (!at) return undefined;
  const subject = names.get(subjectSentence)?.find((m) => m.tokenStart <= at.tokenStart + 1);
  const kind = subject ? ctx.kindOf(subject.entity) : undefined;
  return subject && (kind === 'Organisation' || kind === 'Country') && subject.via !== 'demonym' ? subject.entity : undefined;
}

/** "the statement said": whoever the text said issued it, the subject of the sentence that first names it. */
function issuerFor(ctx: BodyReferenceContext, names: NamesBySentence, head: string, index: number, sentence: number): string | undefined {
  const { tokens, sentences } = ctx.tokenized;
  for (let s = sentence; s >= 0 && s >= sentence - DOCUMENT_REACH; s--) {
    const { tokenStart, tokenEnd } = sentences[s]!;
    const last = s === sentence ? index : tokenEnd;
    let issued = false;
    for (let k = tokenStart; k < last; k++) if (tokens[k]!.lemma === head || tokens[k]!.lower === head) issued = true;
    if (!issued) continue;
    // The subject: the first actor of the sentence that no preposition governs ("In a statement, the OSCE ...").
    const actors = (names.get(s) ?? []).filter((m) => m.tokenEnd <= last && m.via !== 'demonym');
    const subject = actors.find((m) => {
      const kind = ctx.kindOf(m.entity);
      const before = tokens[m.tokenStart - 1];
      const governed = before && before.sentence === s && /^(?:of|to|on|about|against|with|in|at|for|from|by|into)$/u.test(before.lower);
      return (kind === 'Organisation' || kind === 'Person' || kind === 'Country') && !governed;
    });
    return subject?.entity;
  }
  return undefined;
}

/**
 * "the country's human rights problems", "the Central Asian nation", "the former Soviet republic":
 * the token range of the head and the one country the nearest sentence naming a country names
 * (demonyms included), within reach. Only a definite "the" with at most three describing words
 * (adjectives, or a region's demonym) before the head; not "the country of origin".
 */
function countryFor(ctx: BodyReferenceContext, names: NamesBySentence, covered: ReadonlySet<number>, index: number): { head: number; entity: string } | undefined {
  const { tokens } = ctx.tokenized;
  const sentence = tokens[index]!.sentence;
  let head = index + 1;
  while (head < tokens.length && head - index <= 3 && tokens[head]!.sentence === sentence && !COUNTRY_HEADS.has(tokens[head]!.lower)) {
    const t = tokens[head]!;
    const region = covered.has(head) && (names.get(sentence) ?? []).some((m) => m.tokenStart <= head && head < m.tokenEnd && ctx.kindOf(m.entity) === 'Region');
    if (!region && (covered.has(head) || (t.pos !== 'ADJ' && t.text !== '-'))) return undefined;
    head++;
  }
  const word = tokens[head];
  if (!word || word.sentence !== sentence || !COUNTRY_HEADS.has(word.lower) || covered.has(head) || tokens[head + 1]?.lower === 'of') return undefined;
  for (let s = sentence; s >= 0 && s >= sentence - REACH; s--) {
    const countries = new Set((names.get(s) ?? []).filter((m) => m.tokenEnd <= index && ctx.kindOf(m.entity) === 'Country').map((m) => m.entity));
    if (countries.size === 0) continue;
    return countries.size === 1 ? { head, entity: [...countries][0]! } : undefined;
  }
  return undefined;
}

/** The two states the text has named so far (demonyms included), when it has named exactly two. */
function twoStates(ctx: BodyReferenceContext, names: NamesBySentence, sentence: number): string[] | undefined {
  const states = new Set<string>();
  for (let s = Math.max(0, sentence - 10); s <= sentence; s++) for (const m of names.get(s) ?? []) if (ctx.kindOf(m.entity) === 'Country') states.add(m.entity);
  return states.size === 2 ? [...states] : undefined;
}

/**
 * Mentions for body references in the document: one per "the group", "it", "the statement"
 * that a body (or an issuer) can be found for.
 * @example resolveBodyReferences(ctx) // "Adilet said ... The group added ..." -> a mention of Adilet at "group"
 */
export function resolveBodyReferences(ctx: BodyReferenceContext): ResolvedMention[] {
  const { tokens } = ctx.tokenized;
  const covered = new Set<number>();
  for (const m of ctx.names) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  const names = namesBySentence(ctx.names);
  const out: ResolvedMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (covered.has(i)) continue;
    let entity: string | undefined;
    let from = i;
    let to = i + 1;
    if (token.lower === 'it' && token.pos === 'PRON' && VERB_LEMMAS.has(tokens[i + 1]?.lemma ?? '') && tokens[i + 1]!.sentence === token.sentence) {
      entity = itFor(ctx, names, i, token.sentence);
    } else if (token.lower === 'the' && countryFor(ctx, names, covered, i)) {
      // A country it stands for may be judged, as its name may: an alias, not a subject-only pronoun.
      const country = countryFor(ctx, names, covered, i)!;
      // The phrase after "the" ("Central Asian nation"), so that "in the Central Asian nation" reads as a place.
      const surface = ctx.text.slice(tokens[i + 1]!.start, tokens[country.head]!.end);
      out.push(mentionOverTokens(tokens, i + 1, country.head + 1, { surface, kind: 'Country', via: 'alias', entity: country.entity }));
      i = country.head;
      continue;
    } else if (token.lower === 'the' && isCapitalisedHead(tokens, i + 1, covered) && capitalisedBodyFor(ctx, tokens[i + 1]!.lower, i)) {
      // A short name, judged as the full name may be ("the claims of the Foundation"): an alias.
      const body = capitalisedBodyFor(ctx, tokens[i + 1]!.lower, i)!;
      out.push(
        mentionOverTokens(tokens, i + 1, i + 2, {
          surface: tokens[i + 1]!.text,
          kind: (ctx.kindOf(body) ?? 'Organisation') as ResolvedMention['kind'],
          via: 'alias',
          entity: body,
        }),
      );
      i += 1;
      continue;
    } else if (token.lower === 'the' || token.lower === 'its') {
      // "the group", "the rights group", "the New York-based group": up to two words before the head.
      let head = i + 1;
      while (head < tokens.length && head - i <= 3 && !covered.has(head) && tokens[head]!.sentence === token.sentence && /^[\p{Ll}-]+$/u.test(tokens[head]!.text)) {
        const word = tokens[head]!.lower;
        if (ANY_BODY_HEADS.has(word) || NAMED_BODY_HEADS.has(word) || DOCUMENT_HEADS.has(word)) break;
        head++;
      }
      const word = tokens[head]?.lower ?? '';
      const isHead = ANY_BODY_HEADS.has(word) || NAMED_BODY_HEADS.has(word) || DOCUMENT_HEADS.has(word);
      if (!isHead || covered.has(head) || !verbAt(tokens, head + 1, token.sentence)) continue;
      entity = DOCUMENT_HEADS.has(word) ? issuerFor(ctx, names, word, i, token.sentence) : bodyFor(ctx, names, word, i, token.sentence);
      from = i + 1;
      to = head + 1;
    }
    // "both sides", "the two parties", "the sides": in a text about two states only, the two of
    // them; not "none of the parties", a quantity of them.
    const before = tokens[i - 1]?.lower ?? '';
    const bothOf = before === 'both' || before === 'two' || (before === 'the' && token.lower === 'sides' && tokens[i - 2]?.lower !== 'of');
    if (!entity && /^(?:sides|parties)$/u.test(token.lower) && bothOf) {
      const states = twoStates(ctx, names, token.sentence);
      if (states) {
        for (const state of states) out.push(mentionOverTokens(tokens, i, i + 1, { surface: token.text, kind: 'Country', via: 'pronoun', entity: state }));
      }
      continue;
    }
    if (!entity) continue;
    const surface = ctx.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    out.push(mentionOverTokens(tokens, from, to, { surface, kind: (ctx.kindOf(entity) ?? 'Organisation') as ResolvedMention['kind'], via: 'pronoun', entity }));
    i = to - 1;
  }
  return out;
}
