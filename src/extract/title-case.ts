/**
 * Headline capitalisation. In a title-case line ("The West Has No Plan for a Bright Future")
 * every content word is capitalised, so capitals there say nothing about names: an unknown
 * chunk in such a line is a person only with other evidence (a title, a reporting verb, or the
 * same word written capitalised in the running text). Pure.
 */
import type { Token } from './tokenize';

/** Words this long or longer are content words; shorter ones ("of", "the", "and") are often lower case in headlines. */
const CONTENT_WORD = /^[\p{L}][\p{L}’'-]{3,}$/u;

/** Parts of speech that English prose writes in lower case inside a sentence ("Has", "Which", "A" in a headline). */
const LOWER_IN_PROSE = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'DET', 'PRON', 'SCONJ', 'CCONJ', 'PART']);

/** Parts of speech of the verbs a title-case line capitalises and prose writes in lower case ("met", "represented"). */
const PROSE_VERBS = new Set(['VERB']);

/**
 * Sentences (by index) written in title case: at least three capitalised content words and
 * none in lower case, or at most one in five in lower case when a word that prose writes in
 * lower case (a verb, an article, a preposition) is capitalised past the first word. A
 * sentence of names alone qualifies too, which costs nothing: names the gazetteer or the
 * running text knows keep their kind.
 * @example titleCaseSentences(tokenize('Climate Change Threatens Farming Villages').tokens) // Set { 0 }
 */
export function titleCaseSentences(tokens: readonly Token[]): Set<number> {
  const stats = new Map<number, { capital: number; lower: number; capitalFunction: boolean; lowerVerb: boolean }>();
  tokens.forEach((t, i) => {
    const s = stats.get(t.sentence) ?? { capital: 0, lower: 0, capitalFunction: false, lowerVerb: false };
    stats.set(t.sentence, s);
    const capitalised = /^\p{Lu}/u.test(t.text);
    const inside = tokens[i - 1]?.sentence === t.sentence;
    if (capitalised && inside && LOWER_IN_PROSE.has(t.pos)) s.capitalFunction = true;
    // "He met the Senior Director ...": a headline in title case capitalises its verbs, short ones too (an auxiliary it may not: "Tajikistan is Highly Vulnerable").
    if (!capitalised && inside && PROSE_VERBS.has(t.pos) && /^\p{Ll}+$/u.test(t.text)) s.lowerVerb = true;
    if (!CONTENT_WORD.test(t.text)) return;
    if (capitalised) s.capital++;
    else s.lower++;
  });
  const out = new Set<number>();
  // "2021: The New Global Concern": two capitalised content words and a capitalised article are enough.
  for (const [sentence, s] of stats)
    if (!s.lowerVerb && (s.capital >= 3 || (s.capital === 2 && s.capitalFunction)) && (s.lower === 0 || (s.capitalFunction && s.lower * 5 <= s.capital))) out.add(sentence);
  return out;
}

/**
 * Lower-case forms of the words written capitalised in running text (outside title-case lines
 * and not opening a sentence): the words the text itself treats as names.
 */
export function proseCapitals(tokens: readonly Token[], titleCase: ReadonlySet<number>, sentenceStarts: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (titleCase.has(t.sentence) || sentenceStarts.has(i) || !/^\p{Lu}/u.test(t.text)) return;
    out.add(t.lower);
  });
  return out;
}
