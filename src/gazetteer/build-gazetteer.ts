/**
 * Indexes validated gazetteer data for fast lookups: Maps for whole names, demonyms and ids, and
 * phrase tries for longest-match scans of running text. Pure: the same data gives the same index.
 */
import type { GazetteerEntry, GroupNounEntry, TitleLexiconEntry } from '../../schema/gazetteer';
import { entityKey } from '../../schema/keys';
import { entityIdOf } from './entity-id-of';
import { expandEntries } from './expand-entries';
import { nameKey } from './normalise-surface';
import { PhraseTrie } from './phrase-trie';
import type { GazetteerData } from './read-gazetteer-files';

/** How a name was matched: the entry's label, one of its aliases, an acronym, or a demonym. */
export type MatchVia = 'name' | 'alias' | 'acronym' | 'demonym';

export interface GazetteerMatch {
  readonly entry: GazetteerEntry;
  /** Number of tokens the name covers, from `start`. */
  readonly length: number;
  readonly via: MatchVia;
  /** Set when the last token is a compound: "based" for "Moscow-based", "led" for "Russia-led". */
  readonly suffix?: string;
}

export interface PhrasePrefixMatch<T> {
  readonly value: T;
  readonly length: number;
}

export interface Gazetteer {
  /** All entries, including one "Government of <Country>" per country, in data order. */
  readonly entries: readonly GazetteerEntry[];
  /** Entry by QID or entity key (`n:government-of-kazakhstan`). */
  byId(id: string): GazetteerEntry | undefined;
  /** Entry by a data reference: a QID, an entity key or a label. */
  resolveRef(ref: string): GazetteerEntry | undefined;
  /**
   * Whole-name lookup, case-insensitive for names, exact-case for acronyms. Tolerates "the",
   * possessive "’s", curly apostrophes, accents, hyphen/space variants and a web-domain ending.
   * Returns nothing for a name shared by several entries unless the data names a preferred one.
   * @example lookupName("the Kazakhstani government")?.label === "Government of Kazakhstan"
   */
  lookupName(surface: string): GazetteerEntry | undefined;
  /** Every entry a name may refer to (more than one for a deliberately shared name). */
  lookupCandidates(surface: string): GazetteerEntry[];
  /** The country or region a demonym belongs to: "Kazakhstani" -> Kazakhstan, "Central Asian" -> Central Asia. */
  lookupDemonym(word: string): GazetteerEntry | undefined;
  /** "Government of <Country>" for a country's id, key or label. */
  governmentOf(countryId: string): GazetteerEntry | undefined;
  /**
   * Whether a country is a member of an international body, from the data:
   * `isMemberOf("Kazakhstan", "CSTO")` is true. Both sides are refs or names.
   */
  isMemberOf(countryRef: string, bodyRef: string): boolean;
  /** The country an entry belongs to (its `country` field, or the country of what it is part of). */
  countryOf(entry: GazetteerEntry): GazetteerEntry | undefined;
  /**
   * Longest gazetteer name (label, alias, acronym or demonym) starting at `tokens[start]`.
   * Proper names must be capitalised as in the data ("turkey" is not Turkey), acronyms written
   * exactly ("UN", never "un").
   * @example lookupPrefix(["the", "OSCE", "Representative", "on", "Freedom", "of", "the", "Media"], 1)
   *          // -> { entry: OSCE Representative on Freedom of the Media, length: 7, via: "alias" }
   */
  lookupPrefix(tokens: readonly string[], start: number): GazetteerMatch | undefined;
  /**
   * A generic name of a state body, read as the body of the given country: "the Interior
   * Ministry" in a text about Kyrgyzstan -> "Ministry of Internal Affairs of Kyrgyzstan".
   */
  lookupNational(surface: string, countryRef: string): GazetteerEntry | undefined;
  /** The longest generic state-body name at `start`, read as the body of the given country. */
  lookupNationalPrefix(tokens: readonly string[], start: number, countryRef: string): GazetteerMatch | undefined;
  /** Longest person title at `start` ("Senior Policy Adviser", "Prime Minister"), any case. */
  lookupTitlePrefix(tokens: readonly string[], start: number): PhrasePrefixMatch<TitleLexiconEntry> | undefined;
  /** Longest collective-actor noun at `start` ("human rights defenders", "security forces"). */
  lookupGroupNounPrefix(tokens: readonly string[], start: number): PhrasePrefixMatch<GroupNounEntry> | undefined;
  /** Titles and roles by lower-case form and by `nameKey` ("editor-in-chief" and "editor in chief"). */
  readonly titles: ReadonlyMap<string, TitleLexiconEntry>;
  /** Honorifics, lower case without dots: "mr", "dr". */
  readonly honorifics: ReadonlySet<string>;
  /** Lower-case head words that end organisation names: "committee", "ministry", "news". */
  readonly orgHeadWords: ReadonlySet<string>;
  /** Lower-case words that mark a place: "city", "oblast", "valley". */
  readonly placeCueWords: ReadonlySet<string>;
  /** Collective-actor nouns by lower-case form and by `nameKey`, each pointing at its canonical group. */
  readonly groupNouns: ReadonlyMap<string, GroupNounEntry>;
}

interface Sense {
  readonly entry: GazetteerEntry;
  readonly via: MatchVia;
  /** Normalised name through which it was reached, for shared-name preferences. */
  readonly key: string;
}

/** Function words that may be written in any case inside a proper name. */
const FUNCTION_WORDS = ['the', 'of', 'for', 'on', 'and', 'in', 'at', 'to', 'against', 'without', 'de', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'von', 'van', 'der'];

function distinctEntries(senses: readonly Sense[]): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const s of senses) if (!out.includes(s.entry)) out.push(s.entry);
  return out;
}

function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map(nameKey).filter((w) => w !== ''));
}

/** Build the lookup index from validated data. */
export function buildGazetteer(data: GazetteerData): Gazetteer {
  const entries = expandEntries(data);
  const orgHeadWords = wordSet(data.orgHeadWords.words);
  const placeCueWords = wordSet(data.placeCueWords.words);
  // Head words and place words may be written in any case inside a known name ("Batken region").
  const caseFreeWords = new Set([...FUNCTION_WORDS, ...orgHeadWords, ...placeCueWords]);

  const ids = new Map<string, GazetteerEntry>();
  const labelKeys = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    const id = entityIdOf(entry);
    if (!ids.has(id)) ids.set(id, entry);
    if (!labelKeys.has(entityKey(entry.label))) labelKeys.set(entityKey(entry.label), entry);
  }
  const resolveRef = (ref: string): GazetteerEntry | undefined => ids.get(ref) ?? labelKeys.get(entityKey(ref));

  const names = new PhraseTrie<Sense>({
    caseFreeWords,
    acceptsDomainMatch: (s) => s.entry.kind === 'Organisation' && s.via !== 'demonym',
  });
  const demonyms = new Map<string, GazetteerEntry[]>();
  for (const entry of entries) {
    // A label also listed as an acronym ("ARTICLE 19") is matched only as written.
    if (!entry.acronyms.includes(entry.label)) names.add(entry.label, { entry, via: 'name', key: nameKey(entry.label) }, 'proper');
    for (const alias of entry.aliases) {
      // "the Kremlin": a lower-case article is not part of the name, so matches start after it
      // (a capital one is: "The Diplomat", "The Hague").
      const name = alias.replace(/^the\s+/, '');
      names.add(name, { entry, via: 'alias', key: nameKey(name) }, 'proper');
    }
    for (const acronym of entry.acronyms) names.add(acronym, { entry, via: 'acronym', key: nameKey(acronym) }, 'exact');
    if (entry.kind === 'Country' || entry.kind === 'Region') {
      for (const demonym of entry.demonyms) {
        names.add(demonym, { entry, via: 'demonym', key: nameKey(demonym) }, 'proper');
        const key = nameKey(demonym);
        const list = demonyms.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        demonyms.set(key, list);
      }
    }
  }

  const preferred = new Map<string, GazetteerEntry>();
  for (const shared of data.shared.shared) {
    const entry = shared.preferred ? resolveRef(shared.preferred) : undefined;
    if (entry) preferred.set(nameKey(shared.name), entry);
  }
  /** One entry, or the preferred one of a shared name, or nothing. */
  const pick = (senses: readonly Sense[]): Sense | undefined => {
    const distinct = distinctEntries(senses);
    if (distinct.length === 1) return senses.find((s) => s.via !== 'demonym') ?? senses[0];
    const choice = senses[0] ? preferred.get(senses[0].key) : undefined;
    return choice ? senses.find((s) => s.entry === choice) : undefined;
  };

  const governments = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    if (entry.kind === 'Organisation' && entry.type === 'government' && entry.country) {
      const country = resolveRef(entry.country);
      if (country && !governments.has(entityIdOf(country))) governments.set(entityIdOf(country), entry);
    }
  }

  // Generic names of national bodies, keyed by country id and name key.
  const nationalTrie = new PhraseTrie<string>({ caseFreeWords });
  const national = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    if (entry.kind !== 'Organisation' || !entry.country) continue;
    const country = resolveRef(entry.country);
    if (!country) continue;
    for (const name of entry.genericNames) {
      const bare = name.replace(/^the\s+/, '');
      nationalTrie.add(bare, nameKey(bare), 'proper');
      national.set(`${entityIdOf(country)}|${nameKey(bare)}`, entry);
    }
  }
  const nationalOf = (key: string, countryRef: string): GazetteerEntry | undefined => {
    const country = resolveRef(countryRef);
    return country ? national.get(`${entityIdOf(country)}|${key}`) : undefined;
  };

  const titles = new Map<string, TitleLexiconEntry>();
  const titleTrie = new PhraseTrie<TitleLexiconEntry>();
  for (const title of data.titles.titles) {
    for (const form of [title.title, ...title.variants]) {
      // Keyed both by nameKey ("editor in chief") and plain lower case ("editor-in-chief").
      for (const key of [nameKey(form), form.toLowerCase()]) if (!titles.has(key)) titles.set(key, title);
      titleTrie.add(form, title, 'any');
    }
  }
  const groupNouns = new Map<string, GroupNounEntry>();
  const groupTrie = new PhraseTrie<GroupNounEntry>();
  for (const group of data.groupNouns.groups) {
    for (const variant of [group.label, ...group.variants]) {
      // "the media": the article is not part of the group's mention. "the detained", "the accused":
      // a participle is a group only after its article; alone it is the verb ("police detained five").
      const form = /^the\s+\p{L}+(?:ed|en)$/iu.test(variant) ? variant : variant.replace(/^the\s+/i, '');
      for (const key of [nameKey(form), form.toLowerCase()]) if (!groupNouns.has(key)) groupNouns.set(key, group);
      groupTrie.add(form, group, 'any');
    }
  }

  const senseLookup = (surface: string, ignoreCase: boolean): Sense[] => {
    const senses = names.lookup(surface, ignoreCase).filter((s) => s.via !== 'demonym');
    return senses;
  };
  const candidatesOf = (surface: string): Sense[] => {
    const trimmed = surface.trim();
    let senses = senseLookup(trimmed, true);
    if (senses.length === 0 && /^the\s/i.test(trimmed)) senses = senseLookup(trimmed.replace(/^the\s+/i, ''), true);
    if (senses.length === 0) {
      const domain = /^(.*\p{L}.*)\.[a-z]{2,6}$/iu.exec(trimmed);
      if (domain) senses = senseLookup(domain[1]!, true).filter((s) => s.entry.kind === 'Organisation');
    }
    return senses;
  };

  const countryOf = (entry: GazetteerEntry, depth = 0): GazetteerEntry | undefined => {
    if (entry.kind === 'Country') return entry;
    if (depth > 5) return undefined;
    if ('country' in entry && entry.country) return resolveRef(entry.country);
    if ('partOf' in entry && entry.partOf) {
      const parent = resolveRef(entry.partOf);
      return parent ? countryOf(parent, depth + 1) : undefined;
    }
    return undefined;
  };

  return {
    entries,
    byId: (id) => ids.get(id),
    resolveRef,
    lookupName: (surface) => pick(candidatesOf(surface))?.entry,
    lookupCandidates: (surface) => distinctEntries(candidatesOf(surface)),
    lookupDemonym: (word) => {
      const list = demonyms.get(nameKey(word));
      return list && list.length === 1 ? list[0] : undefined;
    },
    governmentOf: (countryId) => {
      const country = resolveRef(countryId);
      return country ? governments.get(entityIdOf(country)) : undefined;
    },
    countryOf: (entry) => countryOf(entry),
    isMemberOf: (countryRef, bodyRef) => {
      const country = resolveRef(countryRef) ?? pick(candidatesOf(countryRef))?.entry;
      const body = resolveRef(bodyRef) ?? pick(candidatesOf(bodyRef))?.entry;
      if (country?.kind !== 'Country' || !body) return false;
      return country.memberOf.some((ref) => resolveRef(ref) === body);
    },
    lookupPrefix: (tokens, start) => {
      const match = names.longestMatch(tokens, start);
      const sense = match ? pick(match.values) : undefined;
      if (!match || !sense) return undefined;
      const found = { entry: sense.entry, length: match.length, via: sense.via };
      return match.suffix ? { ...found, suffix: match.suffix } : found;
    },
    lookupNational: (surface, countryRef) => {
      for (const key of nationalTrie.lookup(surface.trim().replace(/^the\s+/i, ''), true)) {
        const entry = nationalOf(key, countryRef);
        if (entry) return entry;
      }
      return undefined;
    },
    lookupNationalPrefix: (tokens, start, countryRef) => {
      const match = nationalTrie.longestMatch(tokens, start);
      const entry = match?.values.map((key) => nationalOf(key, countryRef)).find((e) => e !== undefined);
      return match && entry ? { entry, length: match.length, via: 'alias' } : undefined;
    },
    lookupTitlePrefix: (tokens, start) => {
      const match = titleTrie.longestMatch(tokens, start);
      return match ? { value: match.values[0]!, length: match.length } : undefined;
    },
    lookupGroupNounPrefix: (tokens, start) => {
      const match = groupTrie.longestMatch(tokens, start);
      return match ? { value: match.values[0]!, length: match.length } : undefined;
    },
    titles,
    honorifics: wordSet(data.honorifics.words),
    orgHeadWords,
    placeCueWords,
    groupNouns,
  };
}
