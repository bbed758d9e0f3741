/**
 * The stance lexicon's file format (`gazetteer/lexicon/stance-*.json`, `reporting-verbs.json`,
 * `cameo-verbs.json`): every word the stance pass reacts to is data keyed by its lemma, of one
 * kind, with the CAMEO code and polarity it carries where it carries one, and an example sentence
 * of its own (never one of the evaluation texts; a test fires every example through the matcher).
 */
import { z } from 'zod';
import { Polarity } from './enums';
import { CameoCode } from './cameo';

/**
 * What an entry is:
 * - `evaluative`: judges its target ("criticize", "corrupt", "welcome"): polarity and code;
 * - `event`: a physical act the text reports ("detain", "attack"): a code, never a stance of
 *   whoever reports it;
 * - `reporting`: introduces someone's speech ("say", "tell", "claim");
 * - `modal`: an obligation ("should", "must", "need to"): a recommendation or a demand, decided by
 *   what is asked;
 * - `appeal`: asks someone for something ("call on", "urge", "demand"): a stance towards whom it is
 *   made of and towards what it asks for.
 */
export const LexiconKind = z.enum(['evaluative', 'event', 'reporting', 'modal', 'appeal']);
export type LexiconKind = z.infer<typeof LexiconKind>;

/** wink-nlp's universal part-of-speech tags that an entry's first word may carry. */
export const PartOfSpeech = z.enum(['VERB', 'NOUN', 'ADJ', 'ADV', 'AUX', 'PART', 'ADP', 'PROPN', 'PRON', 'DET', 'NUM', 'SCONJ', 'CCONJ', 'INTJ']);
export type PartOfSpeech = z.infer<typeof PartOfSpeech>;

/**
 * A phrase of lemmas, lower case, one space between words; " … " allows up to four words between
 * its parts ("not … credible"). The first word is matched on the token's lemma, later words on
 * lemma or written form.
 */
const LemmaPhrase = z
  .string()
  .min(1)
  .regex(/^[\p{Ll}\d'’-]+(?:(?: | … )[\p{Ll}\d'’-]+)*$/u, { message: 'expected lower-case lemmas separated by single spaces or " … "' });

export const LexiconEntry = z
  .object({
    lemma: LemmaPhrase,
    kind: LexiconKind,
    /** Parts of speech the first word may have; absent means any ("criticism" and "criticize" are separate entries). */
    pos: z.array(PartOfSpeech).min(1).optional(),
    polarity: Polarity.optional(),
    code: CameoCode.optional(),
    /** How strongly the entry decides the stance when cues disagree (1 weak .. 5 strong). */
    weight: z.number().int().min(1).max(5).default(3),
    /**
     * Whether the verb's subject holds the stance ("the union criticised the council") rather than
     * being judged by it ("the council failed to act").
     */
    subjectHolds: z.boolean().optional(),
    /**
     * For a noun: whether its possessor holds the stance ("the union's criticism of the council",
     * "the ministry's concern about") rather than being judged by it ("the council's progress",
     * "the ministry's failure").
     */
    possessorHolds: z.boolean().optional(),
    /**
     * Finite written forms ("says", "said"), for passes that read raw text before there are tokens
     * (the reader's reported speech). A reporting verb without them is matched only on lemmas.
     */
    forms: z.array(z.string().min(1)).min(1).optional(),
    /** Whether the verb introduces someone's speech ("X urged ...", "X denied ..."); every reporting entry does. */
    speech: z.boolean().optional(),
    /** A sentence of our own that fires this entry. */
    example: z.string().min(8),
    /** Why the entry is there or what it must not match, where that is not obvious. */
    note: z.string().optional(),
  })
  .refine((e) => e.kind !== 'evaluative' || (e.polarity !== undefined && e.code !== undefined), { message: 'an evaluative entry needs a polarity and a code' })
  .refine((e) => e.kind !== 'event' || e.code !== undefined, { message: 'an event entry needs a CAMEO code' })
  .refine((e) => !e.speech || (e.forms !== undefined && e.forms.length > 0), { message: 'a verb marked "speech" lists the written forms that introduce speech' });
export type LexiconEntry = z.infer<typeof LexiconEntry>;

export const LexiconFile = z.object({
  description: z.string().min(1),
  /** Where the entries come from, with the licence where they are not ours. */
  source: z.string().optional(),
  entries: z.array(LexiconEntry).min(1),
});
export type LexiconFile = z.infer<typeof LexiconFile>;

/**
 * `gazetteer/lexicon/state-acts.json`: nouns naming what a state does to people ("the trial",
 * "the ban", "the verdict"). A judgement of such an act with no agent named ("The trial was
 * politically motivated") judges the government of the country in question.
 */
export const StateActEntry = z.object({
  lemma: LemmaPhrase,
  /** A sentence of our own in which the noun names an act of the authorities. */
  example: z.string().min(8),
});
export const StateActsFile = z.object({
  description: z.string().min(1),
  entries: z.array(StateActEntry).min(1),
});
export type StateActsFile = z.infer<typeof StateActsFile>;

/**
 * `gazetteer/lexicon/act-reference-nouns.json`: nouns that refer back to an act the text has
 * reported ("the move", "the expulsion"). A noun with a CAMEO code refers to the last event of
 * that code; one without, to the last event near it, whatever its code.
 */
export const ActReferenceEntry = z.object({
  lemma: LemmaPhrase,
  /** The CAMEO code of the act the noun names, when it names one ("expulsion" 174). */
  code: z
    .string()
    .regex(/^\d{2,4}$/u)
    .optional(),
  /** A sentence of our own in which the noun refers back to an act. */
  example: z.string().min(8),
});
export const ActReferenceNounsFile = z.object({
  description: z.string().min(1),
  entries: z.array(ActReferenceEntry).min(1),
});
export type ActReferenceNounsFile = z.infer<typeof ActReferenceNounsFile>;

/**
 * The lists of `gazetteer/lexicon/name-cues.json`: the words that decide what a capitalised name
 * is (a person's, an organisation's, an event's, a thing's) and which relations it takes part in.
 * Code reads them by these names (src/extract/name-cue-lists.ts).
 */
export const NameCueListName = z.enum([
  'name-connectors',
  'patronymics',
  'name-particles',
  'event-heads',
  'organisation-nouns-after-name',
  'role-labels',
  'thing-heads',
  'organisation-type-nouns',
  'settlement-nouns',
  'name-like-thing-heads',
  'publishing-verbs',
  'newsroom-nouns',
  'media-nouns',
  'document-words',
  'section-labels',
  'byline-group-words',
  'standfirst-author-verbs',
  'rights-nouns',
  'scourge-nouns',
  'victim-nouns',
  'state-side-nouns',
  'aimed-on-nouns',
  'body-reference-heads',
  'named-body-reference-heads',
  'issued-document-heads',
  'report-source-nouns',
  'harm-forbidding-verbs',
  'country-reference-heads',
  'role-modifiers',
  'leading-verbs',
  'working-verbs',
  'joining-verbs',
  'membership-nouns',
  'membership-heads',
  'party-heads',
  'dotted-honorifics',
]);
export type NameCueListName = z.infer<typeof NameCueListName>;

/** One word of a cue list: one token as the tokenizer lower-cases it ("editor-in-chief", "q&a"). */
const CueWord = z
  .string()
  .min(1)
  .regex(/^\S+$/u, { message: 'expected one word without spaces' })
  .refine((w) => w === w.toLowerCase(), { message: 'expected a lower-case word' });

export const NameCueList = z.object({
  /** What the words decide and where, with an example of the construction. */
  description: z.string().min(1),
  /** A sentence of our own (from no evaluation text) that contains at least one of the words. */
  example: z.string().min(8),
  words: z
    .array(CueWord)
    .min(1)
    .superRefine((words, ctx) => {
      const seen = new Set<string>();
      for (const [k, w] of words.entries()) {
        if (seen.has(w)) ctx.addIssue({ code: 'custom', path: [k], message: `duplicate word "${w}"` });
        seen.add(w);
      }
    }),
});
export type NameCueList = z.infer<typeof NameCueList>;

/** Every list, keyed by its name: a missing or an unknown list is an error. */
export const NameCueLists = z.record(NameCueListName, NameCueList);
export type NameCueLists = z.infer<typeof NameCueLists>;

export const NameCuesFile = z.object({
  description: z.string().min(1),
  lists: NameCueLists,
});
export type NameCuesFile = z.infer<typeof NameCuesFile>;
