/**
 * The body that issues a statement or a press release, whose voice the whole text is: the
 * subject of the opening sentence's statement verb ("The OSCE Office in Bishkek today called on
 * ...", "Human Rights Watch urges ..."), accepted only with a second cue that the text is the
 * body's own: a label ("Press release", "Statement"), the publisher's name, or a headline that
 * opens with the same name. A news report that opens "X said ..." has none of these and keeps
 * its reporter silent.
 */
import { loadNameWords } from './load-name-words';
import { normaliseName } from '../../schema/keys';
import type { ReportedSpeech, Turn } from '../../schema/records';
import { findDateline } from './find-dateline';
import { GROUP_NOUNS, PRONOUN_SPEAKERS } from './name-patterns';
import { ACTION_ENTRIES } from '../extract/stance-lexicon';
import { publisherBody } from '../extract/office-holder';

const STATEMENT_LABEL =
  /^(?:(?:joint|public|official)\s+)?(?:press\s+release|news\s+release|media\s+release|press\s+statement|statement|communiqu[ée]|for\s+immediate\s+release|media\s+advisory)\b/iu;
/** A headline that names the text a statement anywhere ("EU Statement in Response to ...", "Joint Statement on ..."). */
const TITLE_LABEL = /\b(?:joint\s+statement|statement|press\s+release|communiqu[ée])\b/iu;
/**
 * The finite forms of the verbs whose subject holds a stance (the lexicon's action verbs, one
 * word: "welcomes", "condemned", "urges") and "express(es)" ("express their deep concern"): a
 * statement opens with its issuer doing one of them.
 */
const ISSUING_VERB = (() => {
  const lemmas = new Set(['express', ...ACTION_ENTRIES.map((e) => e.lemma).filter((l) => /^[a-z]+$/u.test(l))]);
  const forms = [...lemmas].flatMap((l) => [l, ...inflect(l)]);
  return [...new Set(forms)].sort((a, b) => b.length - a.length).join('|');
})();
/** "The Committee is alarmed by ...", "The Office is deeply concerned about ...": a stated feeling is an issuing verb too. */
const FEELING =
  '(?:is|are)\\s+(?:(?:deeply|gravely|seriously|very|extremely|particularly)\\s+)?(?:alarmed|concerned|dismayed|appalled|outraged|disappointed|pleased|encouraged|troubled|saddened|shocked)\\s+(?:by|at|about|over|that|to)';
/**
 * "The Office of the Council of Europe in Baku and the Embassies of Italy, Norway and Japan
 * welcome ...", "The undersigned organisations, A, B and C, condemn ...": capitalised words joined by "of", "the", "and", "to", "in",
 * "for" and commas, then the verb (adverbs allowed between).
 */
const ISSUING_OPENING = new RegExp(
  `^(?:[Tt]he\\s+)?(?:(?:undersigned|following)\\s+(?:\\p{L}+\\s+)?(?:organi[sz]ations|groups|NGOs|signatories|members|parties)\\s*,?\\s+(?:including\\s+)?(?:the\\s+)?)?(\\p{Lu}[\\p{L}.’'-]*(?:(?:,\\s+|\\s+)(?:(?:of|the|and|to|in|for|on|against|without)\\s+)*(?:[\\p{Lu}\\d][\\p{L}\\d.’'-]*|\\([\\p{Lu}\\d&.-]{2,12}\\))){0,40}),?\\s+(?:(?:today|warmly|strongly|deeply|jointly|once\\s+again|again|also|firmly)\\s+)*(?:${ISSUING_VERB}|${FEELING})\\b`,
  'u',
);

/** The third-person and past forms of a regular verb ("urge" -> "urges", "urged"; "deny" -> "denies", "denied"). */
function inflect(lemma: string): string[] {
  if (/[^aeiou]y$/u.test(lemma)) return [`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`];
  if (lemma.endsWith('e')) return [`${lemma}s`, `${lemma}d`];
  if (/(?:s|sh|ch|x|z)$/u.test(lemma)) return [`${lemma}es`, `${lemma}ed`];
  return [`${lemma}s`, `${lemma}ed`];
}
/**
 * "Statement by the Committee to Protect Journalists", "Press release of the OSCE Office in Bishkek",
 * "Comment by Foreign Ministry Spokeswoman Maria Zakharova on ...",
 * "Statement attributable to the Spokesman for the Secretary-General on ...": a label that names
 * the body issuing the text. A spokesman speaks for someone: the one they speak for issues it.
 */
const LABEL_BY =
  /^(?:the\s+)?(?:(?:joint|public|official)\s+)?(?:press\s+release|news\s+release|media\s+release|press\s+statement|statement|communiqu[ée]|comment|commentary|message|declaration)\s+(?:by|of|from|attributable\s+to)\s+(?:the\s+)?(?:(?:spokes(?:man|woman|person)|deputy\s+spokes(?:man|woman|person)|press\s+secretary)\s+(?:for|of|to)\s+(?:the\s+)?)?/iu;
/**
 * An opening line that says whose the text below is: "The following statement was issued today by
 * the Spokesman for UN Secretary-General António Guterres:", "The following is attributable to
 * Spokesperson Ned Price:"; the name follows the words matched.
 */
const FOLLOWING_BY =
  /^the\s+following\s+(?:(?:joint\s+)?(?:statement|message|text|press\s+statement|readout)\s+)?(?:was|is)\s+(?:(?:issued|released|made|attributable)\s+)?(?:today\s+|on\s+\p{Lu}\p{L}+\s+)?(?:by|to)\s+(?:the\s+)?(?:(?:spokes(?:man|woman|person)|deputy\s+spokes(?:man|woman|person)|press\s+secretary)\s+(?:for|of|to)\s+(?:the\s+)?)?/iu;
/** "Secretary of State Antony J. Blinken released the following statement:": the name comes first. */
const RELEASED_FOLLOWING = /^(?:the\s+)?(.+?)\s+(?:today\s+)?(?:released|issued|made|delivered)\s+the\s+following\s+(?:joint\s+)?(?:statement|message)\b[^.]*[.:]?$/iu;
/** The name after the label: capitalised words, joined by "of", "the", "and", "to", "in", "for", "on". */
const LABEL_NAME = /^(\p{Lu}[\p{L}\d.’'&-]*(?:\s+(?:(?:of|the|and|to|in|for|on)\s+)*[\p{Lu}\d][\p{L}\d.’'&-]*){0,12})\s*[.:]?$/u;
/** Where a label's name may end and its topic begin: "Statement by High Representative Catherine Ashton on Kyrgyzstan". */
const TOPIC_CUT = /\s+(?:on|about|regarding|concerning|following)\s+/gu;
/** Posts and bodies whose name goes on with their subject ("Special Rapporteur on ...", "Representative on Freedom of the Media", "Committee on ..."). */
const POST_WITH_SUBJECT =
  /^(?:rapporteur|representative|envoy|commissioner|coordinator|adviser|advisor|committee|subcommittee|commission|council|group|panel|forum|conference|board)$/u;
/**
 * A bare spokesperson's title as the issuer ("Statement by the Spokesperson on ..."): the text
 * speaks for the body whose spokesperson it is, the publisher.
 */
const SPOKESPERSON_TITLE = /^(?:(?:chief|deputy|official)\s+)?(?:spokes(?:man|woman|person)|press\s+(?:secretary|office|service))$/iu;
/** A publisher's name that is a body's: an embassy, a ministry, an office, a council, a watchdog (not a news agency or a site). */
const PUBLISHING_BODY =
  /\b(?:Embass(?:y|ies)|Missions?|Delegation|Ministry|Department|Office|Secretariat|Commission|Council|Committee|Organi[sz]ation|Union|Nations|Watch|Foundation|Partnership|Federation|Government|Parliament|Presidency)\b/u;
/** The opening sentence's subject starts near the paragraph's start ("The Almaty-based group X today ..."). */
const MAX_SUBJECT_OFFSET = 80;
/** The head is searched for a statement label up to this many blocks. */
const HEAD_TURNS = 4;

export interface IssuerInput {
  plain: string;
  turns: readonly Turn[];
  reportedSpeech: readonly ReportedSpeech[];
  title: string;
  publisher: string | null;
  /** Blocks the publisher rules dropped above the text ("PRESS RELEASE"): furniture, but still a cue. */
  droppedAbove: readonly string[];
}

function sameBody(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  return x.length > 2 && y.length > 2 && (x === y || x.includes(y) || y.includes(x));
}

/** The issuer's name as the text writes it, or null when the text is not a body's own statement. */
export function findIssuer(raw: IssuerInput): string | null {
  // The publisher as a body: "U.S. Embassy in Kyrgyzstan (archived by ...)" is the embassy.
  const input = raw.publisher ? { ...raw, publisher: publisherBody(raw.publisher) } : raw;
  const { plain, turns } = input;
  const head = turns.slice(0, HEAD_TURNS);
  const named = labelledIssuer([...input.droppedAbove, input.title, ...head.map((t) => plain.slice(t.span[0], t.span[1]).trim())], input.publisher);
  if (named) return named;
  // A separator line ("-", "***") between blocks is no opening.
  // Nor is a label line ("Press release", "Statement by X"): the opening is the first sentence after it.
  const opening = head.find((t) => {
    const text = plain.slice(t.span[0], t.span[1]);
    // Nor is an epigraph, a quotation that opens the text ("“Human rights defenders are not the enemy”. X, 9 December").
    return t.kind === 'paragraph' && /\p{L}/u.test(text) && !(STATEMENT_LABEL.test(text.trim()) && text.trim().split(/\s+/u).length <= 12) && !/^[“"«„]/u.test(text.trim());
  });
  if (!opening) return null;
  const inOpening = input.reportedSpeech.filter((r) => r.speakerSpan[0] >= opening.span[0] && r.speakerSpan[1] <= opening.span[1]);
  // "(Berlin, July 1, 2024) – Uzbekistan authorities have ..., Human Rights Watch said today.": the
  // publisher's own closing attribution of the opening sentence names it too.
  const speech =
    inOpening.find((r) => r.speakerSpan[0] - opening.span[0] <= MAX_SUBJECT_OFFSET) ??
    inOpening.find((r) => r.span[0] < r.speakerSpan[0] && r.span[0] - opening.span[0] <= MAX_SUBJECT_OFFSET && input.publisher !== null && sameBody(input.publisher, r.speaker));
  // "Geneva, May 4, 2025 — The Network is alarmed ...": a dateline the turn still holds is no part of the subject.
  const from = findDateline(plain, opening.span)?.textStart ?? opening.span[0];
  const issuing = speech ? undefined : ISSUING_OPENING.exec(plain.slice(from, opening.span[1]).replace(/^[-–—\s]+/u, ''))?.[1];
  if (!speech && !issuing) return labelledPublisher(input, head, opening);
  // "Helsinki Foundation for Human Rights (HFHR), ... (IPHR) and ... (OMCT) are dismayed": the acronyms in brackets are no part of the names.
  const speaker = (speech?.speaker ?? issuing!).replace(/\s*\([\p{Lu}\d&.-]{2,12}\)/gu, '');
  const lower = speaker.toLowerCase();
  if (PRONOUN_SPEAKERS.has(lower) || GROUP_NOUNS.has(lower) || !/^\p{Lu}/u.test(speaker)) return null;
  const labelled =
    TITLE_LABEL.test(input.title) ||
    [...head.filter((t) => t !== opening).map((t) => plain.slice(t.span[0], t.span[1]).trim()), ...input.droppedAbove].some((text) => STATEMENT_LABEL.test(text));
  const published = input.publisher !== null && sameBody(input.publisher, speaker);
  // "U.S. Embassy" in the text, "US Embassy" in the headline: the stops of an abbreviation do not count.
  const undotted = (name: string) => normaliseName(name.replace(/\./gu, ''));
  const headline = undotted(input.title).startsWith(undotted(speaker)) || undotted(input.title).startsWith(undotted(speaker.split(/\s+(?:in|for|of|on)\s+/u)[0]!));
  return labelled || published || headline ? speaker : null;
}

/**
 * The name at the start of a label's rest: all of it when it is a name, else the name before a
 * topic ("High Representative Catherine Ashton on Kyrgyzstan"); a post's own "on" stays in it
 * ("the OSCE Representative on Freedom of the Media on Kazakhstan").
 */
function labelName(rest: string): string | undefined {
  for (const cut of rest.matchAll(TOPIC_CUT)) {
    const before = rest.slice(0, cut.index);
    const last = before.split(/\s+/u).pop()!.toLowerCase();
    if (POST_WITH_SUBJECT.test(last)) continue;
    const name = LABEL_NAME.exec(before)?.[1];
    if (name) return name;
  }
  return LABEL_NAME.exec(rest)?.[1];
}

/**
 * The publisher of a text that calls itself a statement ("Statement on the Current Situation in
 * ...", "Press Statement") and whose opening names no issuer ("The United States is closely
 * following ...", "The Embassy respects ..."), when the publisher's name is that of a body
 * ("U.S. Embassy in ...", "Council of the European Union"), not of an outlet or an aggregator.
 */
function labelledPublisher(input: IssuerInput, head: readonly Turn[], opening: Turn): string | null {
  if (!input.publisher || !PUBLISHING_BODY.test(input.publisher)) return null;
  const { plain } = input;
  const labelled =
    TITLE_LABEL.test(input.title) ||
    [...head.filter((t) => t !== opening).map((t) => plain.slice(t.span[0], t.span[1]).trim()), ...input.droppedAbove].some((text) => STATEMENT_LABEL.test(text));
  return labelled ? input.publisher : null;
}

/**
 * The body a label line names ("Statement by X", "The following statement was issued by X:",
 * "X released the following statement:"), unless it names a pronoun or a group noun; a bare
 * spokesperson's title stands for the publisher, and with none for no one.
 */
function labelledIssuer(blocks: readonly string[], publisher: string | null): string | null {
  for (const block of blocks) {
    const label = LABEL_BY.exec(block) ?? FOLLOWING_BY.exec(block);
    const name = label ? labelName(block.slice(label[0].length).trim()) : RELEASED_FOLLOWING.exec(block)?.[1]?.match(LABEL_NAME)?.[1];
    if (!name) continue;
    if (SPOKESPERSON_TITLE.test(name)) {
      if (publisher) return publisher;
      continue;
    }
    const lower = name.toLowerCase();
    // "the Secretary-General" is a post (whose holder the extraction finds), though it also heads
    // the description of a speaker ("the U.N. secretary-general said"): a group noun that is no post names no issuer.
    if (!PRONOUN_SPEAKERS.has(lower) && (!GROUP_NOUNS.has(lower) || loadNameWords().titles.has(lower))) return name;
  }
  return null;
}
