/**
 * What the extractor needs to know about the world, as one interface. The gazetteer (data in
 * `gazetteer/`) is adapted to it in `knowledge-from-gazetteer.ts`; tests may hand-build one.
 */
import type { EntityKind } from '../../schema/enums';

export interface KnownEntity {
  /** Stable entity key: the QID, or a normalised-name key. */
  id: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  wikidata?: string;
  description?: string;
  /** Key of the country it belongs to (cities, governments, national bodies, nationals). */
  country?: string;
  /** Key of the body it is part of (ODIHR -> OSCE). */
  partOf?: string;
  /** Key of its seat. */
  basedIn?: string;
  /** For events: the key of the city, region or country where it happened. */
  location?: string;
  /** For capitals: the key of the country, since "Tashkent said" often means Uzbekistan. */
  capitalOf?: string;
  /** Offices held: title, the key of what it is held in, and when ("2019", "2022-01", "1998-10-01"; no `to` while held). */
  roles: { title: string; of: string; from?: string; to?: string }[];
  /** For organisations: international, government, state-body, ngo, media, ... */
  orgType?: string;
}

export interface TitleInfo {
  relation: 'leads' | 'works-for' | 'occupation';
  headOfState: boolean;
  /** One holder per country at a time: "the prime minister" can be looked up by date. */
  singleHolder: boolean;
  /** The lexicon's own form of the title ("Prime Minister" for "PM" and "Premier"). */
  canonical: string;
  /** Lower-case head words of bodies the post heads though it "works for" others ("bureau" for an Assistant Secretary). */
  leadsBodies?: ReadonlySet<string>;
}

/**
 * Whether a post heads the body it is held in: a "leads" title, or one whose lexicon entry names
 * the body's head word ("Assistant Secretary" of a "Bureau").
 * @example leadsBody(assistantSecretary, 'Bureau of South and Central Asian Affairs') // true
 */
export function leadsBody(info: Pick<TitleInfo, 'relation' | 'leadsBodies'>, bodyLabel: string): boolean {
  if (info.relation === 'leads') return true;
  if (!info.leadsBodies || info.leadsBodies.size === 0) return false;
  return bodyLabel
    .toLowerCase()
    .split(/\s+/u)
    .some((w) => info.leadsBodies!.has(w));
}

/** A person who held an office, and when (ISO dates as precise as the data; no `to` while held). */
export interface OfficeTerm {
  person: KnownEntity;
  from?: string;
  to?: string;
}

export interface Knowledge {
  /** Longest known name starting at `tokens[start]`; `length` counts tokens. */
  matchAt(tokens: readonly string[], start: number): { entity: KnownEntity; length: number; demonym: boolean } | undefined;
  /** "Kazakh" -> Kazakhstan, "Kyrgyz" -> Kyrgyzstan. */
  demonym(word: string): KnownEntity | undefined;
  /** A name or alias as a whole string. */
  name(surface: string): KnownEntity | undefined;
  governmentOf(countryKey: string): KnownEntity | undefined;
  /** A generic state body at `start` ("the Interior Ministry", "parliament") read as that country's body. */
  nationalAt(tokens: readonly string[], start: number, countryKey: string): { entity: KnownEntity; length: number } | undefined;
  /** Whether the gazetteer lists the country as a member of the body (both entity keys). */
  isMemberOf(countryKey: string, bodyKey: string): boolean;
  byKey(key: string): KnownEntity | undefined;
  /**
   * The one news outlet known by a name that is also a place's: "Fergana" -> Fergana News
   * (whose names are the place's name plus media head words). Context decides when to ask.
   */
  outletNamed(name: string): KnownEntity | undefined;
  /**
   * Everyone the gazetteer knows to have held a title (any form the lexicon knows) in a country
   * or one of its bodies, or in a body of no country (the key is then the body's: the UN's
   * Secretary-General), with the dates: the input of date-aware title references.
   */
  holdersOf(title: string, countryKey: string): readonly OfficeTerm[];
  /** Person titles and roles, lower-case, possibly several words. */
  titles: ReadonlyMap<string, TitleInfo>;
  honorifics: ReadonlySet<string>;
  /** Lower-case words that make a capitalised phrase an organisation name. */
  orgHeadWords: ReadonlySet<string>;
  placeCueWords: ReadonlySet<string>;
  /** Lower-case phrase -> Group label. */
  groupNouns: ReadonlyMap<string, string>;
}
