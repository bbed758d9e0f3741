import groupNouns from '../../gazetteer/lexicon/group-nouns.json';
import { GroupNounsFile } from '../../schema/gazetteer';

/**
 * Regular-expression pieces for names as they are written in English news text: capitalised
 * words with the particles of the region's and Europe's names ("Aida Bekova",
 * "Kassym-Jomart Tokayev", "Almazbek Atambayev uulu", "Ursula von der Leyen").
 */

/**
 * One capitalised word (letters, marks, apostrophes, hyphens, a dot inside: "CABAR.asia").
 * Bounded at 60 characters, longer than any name: unbounded, a pattern that fails after the
 * word rescanned a 60,000-character run (a pasted URL or base64 data) from every capital in it,
 * and reading such a file took minutes.
 */
export const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}’'\\-]{0,60}(?:\\.[\\p{L}]{1,60}){0,4}\\.?";
const PARTICLE = '(?:de|da|van|von|der|den|al|el|bin|ibn|ul|uulu|kyzy|ogly|uly|le|la|du|di)';
/** A person's or body's name: 1-5 capitalised words, particles allowed between them. */
export const NAME = `${CAP_WORD}(?:[ \\u00a0]+(?:${PARTICLE}[ \\u00a0]+){0,2}${CAP_WORD}){0,4}`;

/**
 * Nouns that can head the description of a speaker without a proper name ("activists said",
 * "the ministry's spokesman told"): the speakerNouns of the one group-noun file,
 * gazetteer/lexicon/group-nouns.json, validated by its schema.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(GroupNounsFile.parse(groupNouns).speakerNouns);

/** Words that never name a speaker even when capitalised at the start of a sentence. */
export const NON_SPEAKERS = new Set(
  "i we you it this that these those there here one everyone someone somebody anyone nobody none all many some several most others other let let’s let's what who which when where why how if but and or so yet also still however then now today yesterday as".split(
    ' ',
  ),
);

export const PRONOUN_SPEAKERS = new Set(['he', 'she', 'they']);
