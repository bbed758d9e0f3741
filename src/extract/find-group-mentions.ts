/**
 * Mentions without a proper name: collective groups ("human rights defenders", "Kazakh
 * journalists"), a country's authorities and national bodies, and events named by a month.
 * Runs after the names, so that it can see which country qualifies a group. Pure.
 */
import type { KnownEntity, Knowledge } from './knowledge';
import type { Token, TokenizedText } from './tokenize';
import { isCapitalised, isMonthOrDay, isPossessive } from './token-tests';
import { type RawMention, type ScanContext, coveredTokens, mentionFrom } from './raw-mention';
import { isLexiconWord } from './nlp';

export const GOVERNMENT_NOUNS = new Set(['authorities', 'government', 'regime', 'administration']);

export const MAX_GROUP_WORDS = 5;

/** Group labels that only say where people live or belong: with a demonym they are the country's people. */
export const INHABITANTS = new Set(['citizens', 'local residents']);

/** The country a group or government noun is tied to: "Kyrgyz journalists", "civil society in Kyrgyzstan", "experts from Tajikistan", "Kazakhstan's authorities". */
export function countryQualifier(tokens: readonly Token[], start: number, end: number, byToken: Map<number, RawMention>): RawMention | undefined {
  const before = byToken.get(start - 1);
  if (before && before.kind === 'Country' && (before.via === 'demonym' || isPossessive(tokens[start - 1]!))) return before;
  if (start >= 2 && isPossessive(tokens[start - 1]!)) {
    const owner = byToken.get(start - 2);
    if (owner?.kind === 'Country') return owner;
  }
  const prep = tokens[end];
  if (prep && (prep.lower === 'in' || prep.lower === 'of' || prep.lower === 'from') && prep.sentence === tokens[start]!.sentence) {
    const after = byToken.get(end + 1) ?? (tokens[end + 1]?.lower === 'the' ? byToken.get(end + 2) : undefined);
    if (after?.kind === 'Country') return after;
  }
  return undefined;
}

/** The first word of every group noun, per lexicon: most tokens start none, and skip the phrase look-ups. */
const firstWordsOf = new WeakMap<ReadonlyMap<string, string>, Set<string>>();

function groupFirstWords(groupNouns: ReadonlyMap<string, string>): Set<string> {
  let words = firstWordsOf.get(groupNouns);
  if (!words) {
    words = new Set([...groupNouns.keys()].map((key) => key.split(' ')[0]!));
    firstWordsOf.set(groupNouns, words);
  }
  return words;
}

export const EVENT_NOUNS = new Set([
  'protests',
  'unrest',
  'events',
  'riots',
  'clashes',
  'uprising',
  'demonstrations',
  'massacre',
  'crackdown',
  'elections',
  'referendum',
  'revolution',
  'crisis',
]);

/** Words for a state body that, after a person's possessive, mean the person's time in office. */
const TERM_OF_OFFICE = new Set(['presidency', 'premiership', 'chairmanship']);

/**
 * Collective groups from the lexicon, a country's authorities, and events named by a month
 * ("the January protests in Kazakhstan"). Runs after names so that it can see which country
 * qualifies a group.
 */
export function findGroupMentions(tokenized: TokenizedText, text: string, knowledge: Knowledge, names: readonly RawMention[], focusCountry: KnownEntity | undefined): RawMention[] {
  const { tokens } = tokenized;
  const covered = coveredTokens(names);
  const byToken = new Map<number, RawMention>();
  for (const m of names) for (let t = m.tokenStart; t < m.tokenEnd; t++) byToken.set(t, m);
  const found: RawMention[] = [];
  const texts = tokens.map((t) => t.text);
  const ctx = { tokens, text } as ScanContext;
  const firstWords = groupFirstWords(knowledge.groupNouns);
  const sceneOf = sceneFinder(tokenized, names);
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    // "the Interior Ministry", "parliament": a generic state body is the one of the country in focus
    // (or of the country named right before it: "the Kyrgyz parliament").
    const demonymBefore = byToken.get(i - 1);
    const bodyCountry = demonymBefore?.kind === 'Country' && demonymBefore.via === 'demonym' ? demonymBefore.known : focusCountry;
    let national = bodyCountry ? knowledge.nationalAt(texts, i, bodyCountry.id) : undefined;
    // The focus country's body may be another country's: the one the paragraph set as the scene.
    const scene = national && bodyCountry === focusCountry ? sceneOf(i) : undefined;
    if (scene && scene.id !== bodyCountry?.id) national = knowledge.nationalAt(texts, i, scene.id) ?? national;
    // "during your presidency", "his presidency": a term of office, not the presidential administration.
    const termOfOffice = national?.length === 1 && TERM_OF_OFFICE.has(tokens[i]!.lower) && /^(my|your|his|her|their)$/.test(tokens[i - 1]?.lower ?? '');
    if (national && !termOfOffice && ![...Array(national.length).keys()].some((k) => covered.has(i + k))) {
      found.push(mentionFrom(ctx, i, i + national.length, { kind: national.entity.kind, via: 'authorities', known: national.entity }));
      i += national.length - 1;
      continue;
    }
    const event = monthEventAt(ctx, i, byToken);
    if (event) {
      found.push(event);
      i = event.tokenEnd - 1;
      continue;
    }
    let matched = false;
    // A phrase is the tokens' lower-case forms joined by spaces, so its first word is this token's.
    const mayStartGroup = firstWords.has(tokens[i]!.lower) || tokens[i]!.lower.includes(' ');
    const longest = Math.min(MAX_GROUP_WORDS, tokens.length - i);
    // phrases[n - 1]: the first n tokens' lower-case forms joined by spaces, built once per start.
    const phrases: string[] = [];
    if (mayStartGroup) for (let n = 1; n <= longest; n++) phrases.push(n === 1 ? tokens[i]!.lower : `${phrases[n - 2]} ${tokens[i + n - 1]!.lower}`);
    for (let n = longest; n >= 1 && !matched && mayStartGroup; n--) {
      if (covered.has(i + n - 1) || tokens[i + n - 1]!.sentence !== tokens[i]!.sentence) continue;
      const phrase = phrases[n - 1]!;
      // "LGBT+ community": a sign written onto a word is one token in the lexicon's phrase. Read
      // only when the tokens' phrase is none (of one token, the written form is that phrase).
      const written = () =>
        text
          .slice(tokens[i]!.start, tokens[i + n - 1]!.end)
          .toLowerCase()
          .replace(/\s+/gu, ' ');
      const label = knowledge.groupNouns.get(phrase) ?? (n > 1 ? knowledge.groupNouns.get(written()) : undefined);
      if (!label) continue;
      // "media freedom", "police reports": the group noun only modifies the noun after it.
      const after = tokens[i + n];
      // "Press Release SG/SM/12827": in title case the noun after may be tagged a proper noun.
      const titleCased = after?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(tokens[i]!.text) && /^\p{Lu}\p{Ll}+$/u.test(after.text) && isLexiconWord(after.lower);
      // A plural ("journalists") heads its phrase; "press" only looks like one.
      const plural = /[^s]s$/.test(phrase);
      if (after && after.sentence === tokens[i]!.sentence && (after.pos === 'NOUN' || titleCased) && !plural && !knowledge.groupNouns.has(after.lower)) continue;
      if (scareQuoted(tokens, i, i + n)) continue;
      const qualifier = countryQualifier(tokens, i, i + n, byToken);
      // "civil society in that country": the country named last.
      const thatCountry =
        !qualifier && /^in$/.test(tokens[i + n]?.lower ?? '') && /^(that|this|the)$/.test(tokens[i + n + 1]?.lower ?? '') && tokens[i + n + 2]?.lower === 'country'
          ? [...names].reverse().find((m) => m.kind === 'Country' && m.known && m.tokenEnd <= i && tokens[m.tokenStart]!.sentence >= tokens[i]!.sentence - 1)
          : undefined;
      const country = qualifier?.known ?? thatCountry?.known;
      const placeAfter = Boolean(qualifier && qualifier.tokenStart > i) || Boolean(thatCountry);
      const demonym = Boolean(qualifier && !placeAfter && qualifier.via === 'demonym');
      // "Kazakh citizens", "Uzbek residents": a country's people by a demonym are a mention of the
      // country, not a collective actor of their own.
      if (demonym && INHABITANTS.has(label)) continue;
      const start = demonym ? qualifier!.tokenStart : i;
      const end = thatCountry ? i + n + 3 : placeAfter ? qualifier!.tokenEnd : i + n;
      const surface = text.slice(tokens[start]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ');
      found.push(
        mentionFrom(ctx, start, end, {
          kind: 'Group',
          via: 'group-noun',
          base: label,
          label: !country ? label : demonym ? surface : `${label} in ${country.label}`,
          ...(country ? { country: country.id, qualifier: demonym ? ('demonym' as const) : ('place' as const) } : {}),
        }),
      );
      i = end - 1;
      matched = true;
    }
    if (matched) continue;
    const token = tokens[i]!;
    if (GOVERNMENT_NOUNS.has(token.lower)) {
      const qualifier = countryQualifier(tokens, i, i + 1, byToken);
      const definite = tokens[i - 1]?.lower === 'the' || (tokens[i - 1]?.pos === 'ADJ' && tokens[i - 2]?.lower === 'the');
      const country = qualifier?.known ?? (token.lower === 'authorities' || definite ? (sceneOf(i) ?? focusCountry) : undefined);
      const government = country ? knowledge.governmentOf(country.id) : undefined;
      if (government) found.push(mentionFrom(ctx, i, i + 1, { kind: 'Organisation', via: 'authorities', known: government }));
    }
  }
  return mergeUnqualifiedGroups(found);
}

/**
 * "In Uzbekistan, I led an organisation ... I was subject to repressions by the authorities": the
 * one country the paragraph has set as the scene ("in <Country>") before the authorities it names
 * is theirs, whatever country the text is mostly about. Two such countries, or none: undefined.
 * The scenes are indexed by block once, on the first question.
 */
function sceneFinder(tokenized: TokenizedText, names: readonly RawMention[]): (at: number) => KnownEntity | undefined {
  const { tokens, sentences } = tokenized;
  let byBlock: Map<number, { tokenStart: number; country: KnownEntity }[]> | undefined;
  return (at) => {
    if (!byBlock) {
      byBlock = new Map();
      for (const m of names) {
        if (m.kind !== 'Country' || !m.known || m.via === 'demonym' || tokens[m.tokenStart - 1]?.lower !== 'in') continue;
        const block = sentences[m.sentence]?.block;
        if (block === undefined) continue;
        const list = byBlock.get(block) ?? [];
        list.push({ tokenStart: m.tokenStart, country: m.known });
        byBlock.set(block, list);
      }
    }
    const block = sentences[tokens[at]!.sentence]?.block;
    let scene: KnownEntity | undefined;
    for (const s of (block === undefined ? undefined : byBlock.get(block)) ?? []) {
      if (s.tokenStart >= at) continue;
      if (scene && scene.id !== s.country.id) return undefined;
      scene = s.country;
    }
    return scene;
  };
}

/** A word in scare quotes is a term being discussed, not a group acting: “international terrorists”. */
export function scareQuoted(tokens: readonly Token[], start: number, end: number): boolean {
  const close = tokens[end];
  if (!close || !/^[”"’»]$/.test(close.text)) return false;
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    if (/^[“"‘«]$/.test(tokens[k]!.text)) return true;
    if (tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** "January protests", "the March 2022 unrest in Karakalpakstan": an event named by its month. */
export function monthEventAt(ctx: ScanContext, i: number, byToken: Map<number, RawMention>): RawMention | undefined {
  const { tokens, text } = ctx;
  if (!isMonthOrDay(tokens[i]!) || !isCapitalised(tokens[i]!)) return undefined;
  let k = i + 1;
  if (tokens[k] && /^\d{4}$/.test(tokens[k]!.text)) k++;
  const noun = tokens[k];
  if (!noun || !EVENT_NOUNS.has(noun.lower) || noun.sentence !== tokens[i]!.sentence) return undefined;
  const qualifier = countryQualifier(tokens, i, k + 1, byToken);
  const place = qualifier && qualifier.tokenStart > i ? qualifier : undefined;
  const end = place ? place.tokenEnd : k + 1;
  const name = text.slice(tokens[i]!.start, noun.end).replace(/\s+/g, ' ');
  return mentionFrom(ctx, i, end, {
    kind: 'Event',
    via: 'name',
    label: place?.known ? `${name} in ${place.known.label}` : name,
    ...(place?.known ? { country: place.known.id, qualifier: 'place' as const } : {}),
  });
}

/**
 * Within one document, "journalists" and "journalists in Kazakhstan" are the same group when
 * that is the only qualified form: the bare mentions take the qualified label.
 */
export function mergeUnqualifiedGroups(mentions: RawMention[]): RawMention[] {
  const qualified = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'Group' || !m.base || !m.country) continue;
    const set = qualified.get(m.base) ?? new Set<string>();
    set.add(m.label!);
    qualified.set(m.base, set);
  }
  return mentions.map((m) => {
    if (m.kind !== 'Group' || !m.base || m.country) return m;
    const labels = qualified.get(m.base);
    return labels && labels.size === 1 ? { ...m, label: [...labels][0]! } : m;
  });
}
