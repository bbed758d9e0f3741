/**
 * The person a speaker label stands for. Transcripts label turns short ("Ms Karimova:",
 * "KARIMOVA:", "Ambassador:") and name the person in full once, in the introduction or a note
 * at the end ("Dinara Karimova, a lawyer, ..."). The speaker gets that full name, so turns,
 * mentions and stances meet on one person; without one, the label minus its honorific is the
 * name, and an all-capital surname is written as a name ("KARIMOVA" -> "Karimova").
 */
import type { NameWords } from './load-name-words';
import { NAME } from './name-patterns';

/** Full names in a text, by their last word and by the title written before them. */
export interface NameIndex {
  bySurname: Map<string, string>;
  byTitle: Map<string, string>;
}

const NAME_RE = new RegExp(NAME, 'gu');
/** Capitalised words that start a sentence or a heading, not a name. */
const NOT_FIRST_NAME = /^(?:The|A|An|Our|This|That|In|On|At|For|With|By|From|And|But|Interview|Exclusive|Moderator|Participants?|Panel|Speakers?)$/u;
/** Acronyms are short; an all-capital word this long is a surname written in capitals. */
const MIN_CAPITAL_SURNAME = 6;

function stripWords(words: string[], words2: NameWords): { title: string | null; rest: string[] } {
  let title: string | null = null;
  let k = 0;
  while (k < words.length) {
    const w = words[k]!.toLowerCase().replace(/\./gu, '');
    const two = k + 1 < words.length ? `${w} ${words[k + 1]!.toLowerCase()}` : '';
    if (words2.honorifics.has(w)) k += 1;
    else if (two && words2.titles.has(two)) {
      title = two;
      k += 2;
    } else if (words2.titles.has(w)) {
      title = w;
      k += 1;
    } else break;
  }
  return { title, rest: words.slice(k) };
}

/**
 * "Kazakhstan Foreign Minister Mukhtar Tileuberdi", "UN Secretary-General Ban Ki-moon": a post
 * written after its country or body, inside the run of capitals. The holder's name is what
 * follows the last title word, when at least two words follow it; the post is its title.
 */
function afterInnerTitle(rest: string[], words2: NameWords): { titles: string[]; rest: string[] } | null {
  for (let k = rest.length - 3; k >= 1; k--) {
    const w = rest[k]!.toLowerCase();
    const two = `${rest[k - 1]!.toLowerCase()} ${w}`;
    const titles = [two, w].filter((t) => words2.titles.has(t));
    if (titles.length > 0 || words2.honorifics.has(w.replace(/\./gu, ''))) return { titles, rest: rest.slice(k + 1) };
  }
  return null;
}

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** "the Norwegian ambassador to Kazakhstan, Henrik Lund": a title in lower case, then the name after a comma. */
function titleBeforeComma(words: NameWords): RegExp {
  const titles = [...words.titles].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const both = titles.flatMap((t) => [t, t.replace(/^\p{Ll}/u, (c) => c.toUpperCase())]);
  return new RegExp(`\\b(${both.join('|')})(?:\\s+(?:to|of|in|at|for)\\s+(?:the\\s+)?${NAME})?,\\s+(${NAME})`, 'gu');
}

/** One pass over the texts: every name of two or more words, honorifics and titles set apart. */
export function indexNames(texts: readonly string[], words: NameWords): NameIndex {
  const index: NameIndex = { bySurname: new Map(), byTitle: new Map() };
  const titled = titleBeforeComma(words);
  for (const text of texts) {
    for (const m of text.matchAll(titled)) {
      const name = m[2]!.replace(/[.,]$/u, '');
      const title = m[1]!.toLowerCase();
      if (name.split(/\s+/u).length >= 2 && !index.byTitle.has(title)) index.byTitle.set(title, name);
    }
    for (const m of text.matchAll(NAME_RE)) {
      // A full stop after a word longer than an initial ends the sentence, and the name with it.
      const all = m[0].split(/[ \u00a0]+/u);
      const stop = all.findIndex((w) => w.length > 2 && w.endsWith('.'));
      const { title, rest } = stripWords(
        // An initial keeps its dot ("Robert O. Blake"): the name is written as the text writes it.
        (stop >= 0 ? all.slice(0, stop + 1) : all).map((w) => w.replace(/,$/u, '').replace(/(?<=\p{L}{2,})\.$/u, '')),
        words,
      );
      // "Interview With Ambassador George Krol": past the words that open a heading, titles may come again.
      while (rest.length > 0 && (NOT_FIRST_NAME.test(rest[0]!) || (rest.length > 2 && (words.titles.has(rest[0]!.toLowerCase()) || words.honorifics.has(rest[0]!.toLowerCase())))))
        rest.shift();
      const inner = afterInnerTitle(rest, words);
      if (inner) rest.splice(0, rest.length - inner.rest.length);
      const posts = inner ? inner.titles : title ? [title] : [];
      // "Under Secretary of State for Political Affairs Thomas Shannon": capitals right after a
      // preposition are a post's scope, and only the last two words may be its holder's name.
      if (rest.length > 2 && /\b(?:of|for|on|to)\s+$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 5), m.index))) rest.splice(0, rest.length - 2);
      if (rest.length < 2 || rest.some((w) => /^[\p{Lu}\d.&-]+$/u.test(w) && w.length > 1 && !/^\p{Lu}\.$/u.test(w))) continue;
      const name = rest.join(' ');
      const surname = rest[rest.length - 1]!.toLowerCase();
      if (!index.bySurname.has(surname)) index.bySurname.set(surname, name);
      // "UN Secretary-General" is a title, and so is "Secretary-General" that a label writes.
      for (const post of posts.flatMap((p) => [p, p.split(' ').at(-1)!])) if (words.titles.has(post) && !index.byTitle.has(post)) index.byTitle.set(post, name);
    }
  }
  return index;
}

function asName(word: string): string {
  return word.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The speaker a label names: the full name the text gives, else the label without honorifics.
 * @example speakerNameFor('Ms Karimova', index) // 'Dinara Karimova' when the text names her so
 */
export function speakerNameFor(label: string, index: NameIndex, words: NameWords): string {
  const parts = label.trim().split(/\s+/u);
  const { title, rest } = stripWords(parts, words);
  if (rest.length === 0) return (title && index.byTitle.get(title)) ?? label;
  const surname = rest[rest.length - 1]!.toLowerCase();
  const full = index.bySurname.get(surname);
  const capitals = rest.every((w) => /^[\p{Lu}'’-]+$/u.test(w));
  if (full && (rest.length === 1 || full.toLowerCase().endsWith(rest.join(' ').toLowerCase()))) return full;
  if (capitals && (rest.length > 1 || rest[0]!.length >= MIN_CAPITAL_SURNAME)) return rest.map(asName).join(' ');
  return rest.join(' ');
}
