/**
 * The gazetteer's file formats: the entries in `gazetteer/*.json` (known people, organisations,
 * countries, regions, cities, groups and events of Central Asia reporting) and the word lists in
 * `gazetteer/lexicon/*.json`. The gazetteer is data, not code: adding a name means editing JSON,
 * and the loader validates every file against these schemas before anything uses it.
 */
import { z } from 'zod';

/** A Wikidata item id. Only set where it is certain: a wrong QID merges unrelated nodes. */
export const Qid = z.string().regex(/^Q[1-9]\d*$/, { message: 'expected a Wikidata QID such as "Q232"' });
export type Qid = z.infer<typeof Qid>;

/**
 * A reference to another gazetteer entry: its QID, or its label when it has none
 * (e.g. `"country": "Q232"`, `"partOf": "OSCE Office for Democratic Institutions and Human Rights"`).
 */
export const EntryRef = z.string().min(1);
export type EntryRef = z.infer<typeof EntryRef>;

const Name = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s && !/\s{2}/.test(s), { message: 'names must not have outer or double spaces' });

/**
 * Acronyms are matched case-sensitively, so "UN" never matches "un" and "SCO" never "Sco". A label
 * that is also listed as an acronym ("ARTICLE 19") is matched only as written.
 */
const Acronym = z
  .string()
  .regex(/^[\p{Lu}\p{N}][\p{Lu}\p{Ll}\p{N}.&/+-]*(?: [\p{Lu}\p{N}][\p{Lu}\p{Ll}\p{N}.&/+-]*)*$/u, {
    message: 'an acronym starts with a capital or digit, each word too',
  })
  .refine((s) => /\p{Lu}/u.test(s), { message: 'an acronym needs at least one capital letter' });

/** A year, year-month or day ("2019", "2022-01", "1991-10-14"): as precise as the source is. */
const RoleDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"' });

/**
 * A position a person holds or held: `{ title: "President", of: "Q232", from: "2019" }`. The
 * dates make title references date-aware: "the prime minister" in a text of 2001 is whoever held
 * the post then.
 */
export const GazetteerRole = z.object({
  title: z.string().min(1),
  of: EntryRef,
  /** First day (or month, or year) in the post, inclusive. */
  from: RoleDate.optional(),
  /** Last day in the post, inclusive; absent while the person still holds it. */
  to: RoleDate.optional(),
  /**
   * The actor code of a role taken from an event-data dictionary ("KGZGOV", "UZBGOVMIL" in
   * PETRARCH2's Phoenix actors). Such a role names a sector, not an office: its title is never
   * read as a title the person goes by.
   */
  code: z
    .string()
    .regex(/^[A-Z]{3,15}$/)
    .optional(),
});
export type GazetteerRole = z.infer<typeof GazetteerRole>;

/** What kind of organisation an entry is, so the extractor can type relations ("Moscow-based outlet"). */
export const OrganisationType = z.enum([
  'international', // intergovernmental bodies and their organs
  'government', // a state's government as a body
  'state-body', // ministries, security services, parliaments, presidential offices, courts
  'party',
  'ngo',
  'think-tank',
  'media',
  'platform', // social networks and messengers
  'company',
  'military', // armed forces and alliances' forces
]);
export type OrganisationType = z.infer<typeof OrganisationType>;

/** How "Government of <Country>" is named: the loader builds one Organisation entry from this. */
export const GovernmentSpec = z.object({
  /** Defaults to "Government of <label>". */
  label: Name.optional(),
  id: Qid.optional(),
  /** Extra names beyond those the patterns in `lexicon/government-patterns.json` derive. */
  aliases: z.array(Name).default([]),
  acronyms: z.array(Acronym).default([]),
});
export type GovernmentSpec = z.infer<typeof GovernmentSpec>;

const base = {
  id: Qid.optional(),
  label: Name,
  aliases: z.array(Name).default([]),
  acronyms: z.array(Acronym).default([]),
  description: z.string().min(1).optional(),
};

export const CountryEntry = z.object({
  ...base,
  kind: z.literal('Country'),
  /** Nouns and adjectives for the country or its people: "Kazakh", "Kazakhstani", "Kazakhs". */
  demonyms: z.array(Name).default([]),
  government: GovernmentSpec.optional(),
  capital: EntryRef.optional(),
  /** International bodies it is a member of (current members only), for MEMBER_OF. */
  memberOf: z.array(EntryRef).default([]),
});

export const RegionEntry = z.object({
  ...base,
  kind: z.literal('Region'),
  demonyms: z.array(Name).default([]),
  country: EntryRef.optional(),
  partOf: EntryRef.optional(),
});

export const CityEntry = z.object({
  ...base,
  kind: z.literal('City'),
  country: EntryRef,
  region: EntryRef.optional(),
});

export const OrganisationEntry = z.object({
  ...base,
  kind: z.literal('Organisation'),
  type: OrganisationType,
  country: EntryRef.optional(),
  partOf: EntryRef.optional(),
  /** Seat of the organisation (a city or country), for BASED_IN. */
  basedIn: EntryRef.optional(),
  /**
   * Names that mean this body only when its country is the one a text is about: "the Interior
   * Ministry", "parliament", "GKNB". Never matched on their own; see `lookupNational`.
   */
  genericNames: z.array(Name).default([]),
});

export const PersonEntry = z.object({
  ...base,
  kind: z.literal('Person'),
  /** Nationality, for NATIONAL_OF. */
  country: EntryRef.optional(),
  roles: z.array(GazetteerRole).default([]),
});

export const GroupEntry = z.object({
  ...base,
  kind: z.literal('Group'),
  country: EntryRef.optional(),
  partOf: EntryRef.optional(),
});

export const EventEntry = z.object({
  ...base,
  kind: z.literal('Event'),
  country: EntryRef.optional(),
  /** Where it happened (a city, region or country), for LOCATED_IN. */
  location: EntryRef.optional(),
  /** When it started. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
    .optional(),
});

/** One known referent. The kind decides which extra fields it may carry. */
export const GazetteerEntry = z.discriminatedUnion('kind', [CountryEntry, RegionEntry, CityEntry, OrganisationEntry, PersonEntry, GroupEntry, EventEntry]);
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;
export type CountryEntry = z.infer<typeof CountryEntry>;
export type RegionEntry = z.infer<typeof RegionEntry>;
export type CityEntry = z.infer<typeof CityEntry>;
export type OrganisationEntry = z.infer<typeof OrganisationEntry>;
export type PersonEntry = z.infer<typeof PersonEntry>;
export type GroupEntry = z.infer<typeof GroupEntry>;
export type EventEntry = z.infer<typeof EventEntry>;

/** Where a file's entries come from when they are converted from someone else's data, and under which licence. */
export const Attribution = z.object({
  source: z.string().min(1),
  licence: z.string().min(1),
  url: z.string().url().optional(),
  /** The file that holds the licence text, relative to the gazetteer folder. */
  licenceFile: z.string().min(1).optional(),
});
export type Attribution = z.infer<typeof Attribution>;

/** One `gazetteer/*.json` file. */
export const GazetteerFile = z.object({
  /** Path of the JSON Schema for editors: "./schema/entry-file.schema.json". */
  $schema: z.string().optional(),
  description: z.string().min(1),
  /** Set on files converted from other data (the Phoenix actors); hand-curated files have none. */
  attribution: Attribution.optional(),
  entries: z.array(GazetteerEntry),
});
export type GazetteerFile = z.infer<typeof GazetteerFile>;

/**
 * Names deliberately claimed by more than one entry (a surname shared by father and son, a name
 * used for a country and a region). Any other name claimed twice is a data error. `preferred`,
 * when set, is what a bare lookup returns; otherwise a bare lookup returns nothing and the
 * extractor must decide from context.
 */
export const SharedAliasesFile = z.object({
  description: z.string().min(1),
  shared: z.array(
    z.object({
      name: Name,
      entries: z.array(EntryRef).min(2),
      preferred: EntryRef.optional(),
      why: z.string().min(1),
    }),
  ),
});
export type SharedAliasesFile = z.infer<typeof SharedAliasesFile>;

// ---- lexicons -------------------------------------------------------------------------------

/** A person title or role word: "President", "Senior Policy Adviser", "spokesperson". */
export const TitleLexiconEntry = z.object({
  title: Name,
  /** Other spellings and abbreviations ("Pres.", "Foreign Minister" for "Minister of Foreign Affairs"). */
  variants: z.array(Name).default([]),
  /**
   * What the title says about the holder's link to the body after it:
   * "leads" (President, head, chairman: LEADS), "works-for" (adviser, spokesperson: WORKS_FOR),
   * "occupation" (expert, journalist: no organisation implied).
   */
  relation: z.enum(['leads', 'works-for', 'occupation']),
  /** True when the title alone, before a name, says the person holds office in the country in focus. */
  headOfState: z.boolean().default(false),
  /**
   * One person holds the office in a country at a time (President, Prime Minister, Foreign
   * Minister), so "the prime minister" in a dated text names whoever held it on that date.
   */
  singleHolder: z.boolean().default(false),
  /**
   * Head words of the bodies a "works-for" post heads all the same: an Assistant Secretary heads
   * a Bureau ("Assistant Secretary, Bureau of South and Central Asian Affairs" LEADS the bureau).
   */
  leadsBodies: z.array(z.string().min(1)).default([]),
});
export type TitleLexiconEntry = z.infer<typeof TitleLexiconEntry>;

export const TitlesFile = z.object({ description: z.string().min(1), titles: z.array(TitleLexiconEntry) });
export type TitlesFile = z.infer<typeof TitlesFile>;

export const WordListFile = z.object({ description: z.string().min(1), words: z.array(Name).min(1) });
export type WordListFile = z.infer<typeof WordListFile>;

/** A noun phrase for a collective actor without a proper name: "human rights defenders". */
export const GroupNounEntry = z.object({
  /** The label the Group entity gets (plural, lower case): "human rights defenders". */
  label: Name,
  variants: z.array(Name).default([]),
});
export type GroupNounEntry = z.infer<typeof GroupNounEntry>;

export const GroupNounsFile = z.object({
  description: z.string().min(1),
  groups: z.array(GroupNounEntry).min(1),
  /**
   * Collective nouns too vague to hold a position of their own ("officials said", "critics say"):
   * a speaker so named is no stance holder unless a country or name qualifies it.
   */
  vague: z.array(Name).default([]),
  /**
   * Single nouns, singular or plural, that can head the description of a speaker without a
   * proper name ("activists said", "a ministry spokesman told"): what the reader looks for
   * before a reporting verb. Lower case.
   */
  speakerNouns: z.array(z.string().regex(/^[a-z-]+$/u)).default([]),
});
export type GroupNounsFile = z.infer<typeof GroupNounsFile>;

/**
 * Templates from which every country's government aliases are derived: `{name}` is the country's
 * label or alias, `{demonym}` one of its adjective demonyms ("Kazakh authorities").
 */
export const GovernmentPatternsFile = z.object({
  description: z.string().min(1),
  patterns: z.array(z.string().refine((p) => p.includes('{name}') || p.includes('{demonym}'), { message: 'a pattern needs {name} or {demonym}' })).min(1),
  /** Names that mean the government of the country a text is about: "the authorities". */
  genericNames: z.array(Name).default([]),
});
export type GovernmentPatternsFile = z.infer<typeof GovernmentPatternsFile>;

/**
 * Templates for the state bodies every country in `countries` has (interior ministry, prosecutor,
 * parliament, ...). For each country the loader finds the body by its templated label or alias
 * among the entries, or creates it, and gives it the generic names, so "the Prosecutor General's
 * Office" in a text about Kyrgyzstan resolves to "Prosecutor General's Office of Kyrgyzstan".
 */
export const StateBodiesFile = z.object({
  description: z.string().min(1),
  /** Countries (refs) whose bodies are derived. */
  countries: z.array(EntryRef).min(1),
  bodies: z
    .array(
      z.object({
        /** With `{name}`: "Ministry of Internal Affairs of {name}". */
        label: z.string().refine((p) => p.includes('{name}'), { message: 'a body label needs {name}' }),
        type: OrganisationType.default('state-body'),
        /** More templated names, with `{name}` or `{demonym}`: "{demonym} Interior Ministry". */
        aliases: z.array(z.string()).default([]),
        /** Country-free names: "Interior Ministry", "Ministry of Internal Affairs". */
        genericNames: z.array(Name).min(1),
        description: z.string().min(1),
      }),
    )
    .min(1),
});
export type StateBodiesFile = z.infer<typeof StateBodiesFile>;
