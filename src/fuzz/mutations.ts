/**
 * The fuzz run's mutations: each turns one document into a harder variant of itself, the way
 * real files go wrong (a forwarded e-mail shouted in capitals, a CMS export on one line, a copy
 * from Word with smart quotes and non-breaking spaces). One small pure function per mutation;
 * randomness comes only from the seeded `rnd` passed in, so a (seed, document) pair always gives
 * the same variant and every failure can be replayed.
 */

/** A document as the fuzz run sees it: a file name (its extension picks the reader) and its text. */
export interface FuzzText {
  name: string;
  text: string;
}

export type Random = () => number;

export interface Mutation {
  /** Short kebab-case name, used in sample file names and the summary. */
  name: string;
  apply: (doc: FuzzText, rnd: Random) => FuzzText;
}

const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const withText = (doc: FuzzText, text: string): FuzzText => ({ ...doc, text });
const withExtension = (name: string, ext: string): string => name.replace(/\.[a-z]+$/i, '') + ext;
const paragraphsOf = (text: string): string[] => text.split(/\r?\n\s*\r?\n/).filter((p) => p.trim() !== '');

/** Fisher-Yates on a copy. */
function shuffle<T>(list: readonly T[], rnd: Random): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Replaces a random share of the matches of `pattern` (global) with `replace(match)`. */
function replaceSome(text: string, pattern: RegExp, share: number, rnd: Random, replace: (match: string) => string): string {
  return text.replace(pattern, (match) => (rnd() < share ? replace(match) : match));
}

/** Inserts `insert()` at `count` random offsets, never inside a surrogate pair or a CRLF. */
function insertAt(text: string, count: number, rnd: Random, insert: () => string): string {
  const offsets = Array.from({ length: count }, () => Math.floor(rnd() * (text.length + 1))).sort((a, b) => b - a);
  let out = text;
  for (let at of offsets) {
    const code = out.charCodeAt(at);
    const before = out.charCodeAt(at - 1);
    if ((code >= 0xdc00 && code <= 0xdfff) || (code === 0x0a && before === 0x0d)) at -= 1;
    out = out.slice(0, at) + insert() + out.slice(at);
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const shout: Mutation = { name: 'shout', apply: (doc) => withText(doc, doc.text.toUpperCase()) };

export const whisper: Mutation = { name: 'whisper', apply: (doc) => withText(doc, doc.text.toLowerCase()) };

export const crlf: Mutation = { name: 'crlf', apply: (doc) => withText(doc, doc.text.replace(/\r?\n/g, '\r\n')) };

/** Classic Mac line ends: a bare CR, which some readers treat as no line break at all. */
export const bareCr: Mutation = { name: 'bare-cr', apply: (doc) => withText(doc, doc.text.replace(/\r?\n/g, '\r')) };

export const oneLine: Mutation = { name: 'one-line', apply: (doc) => withText(doc, doc.text.replace(/\s*\r?\n\s*/g, ' ')) };

export const doubleParagraphs: Mutation = {
  name: 'double-paragraphs',
  apply: (doc) =>
    withText(
      doc,
      paragraphsOf(doc.text)
        .flatMap((p) => [p, p])
        .join('\n\n') + '\n',
    ),
};

const MAX_WALL = 40_000;

/** One paragraph repeated into a wall of text of up to tens of thousands of characters. */
export const longParagraph: Mutation = {
  name: 'long-paragraph',
  apply: (doc, rnd) => {
    const paragraphs = paragraphsOf(doc.text);
    const at = Math.floor(rnd() * paragraphs.length);
    const flat = paragraphs[at]!.replace(/\s*\r?\n\s*/g, ' ');
    // Capped, so two of these in a row make one long paragraph, not a file of megabytes.
    const times = Math.max(1, Math.min(20 + Math.floor(rnd() * 40), Math.floor(MAX_WALL / Math.max(flat.length, 1))));
    const wall = Array.from({ length: times }, () => flat).join(' ');
    return withText(doc, [...paragraphs.slice(0, at), wall, ...paragraphs.slice(at + 1)].join('\n\n'));
  },
};

/** The text as an HTML page: title, paragraphs, a nav bar and a script a CMS would add. */
export const wrapHtml: Mutation = {
  name: 'wrap-html',
  apply: (doc, rnd) => {
    const [title = '', ...rest] = paragraphsOf(doc.text);
    const body = rest.map((p) => (rnd() < 0.1 ? `<h2>${escapeHtml(p)}</h2>` : `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)).join('\n');
    const article = rnd() < 0.5 ? `<article>${body}</article>` : `<div class="content">${body}</div>`;
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><script>var a = "<p>not text</p>";</script></head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><h1>${escapeHtml(title)}</h1>${article}<footer>© Example Media</footer></body></html>`;
    return { name: withExtension(doc.name, '.html'), text: page };
  },
};

/** The text as Markdown: a heading, quotes as block quotes, some emphasis and links. */
export const wrapMarkdown: Mutation = {
  name: 'wrap-markdown',
  apply: (doc, rnd) => {
    const [title = '', ...rest] = paragraphsOf(doc.text);
    const body = rest.map((p) => pick(rnd, [p, `> ${p}`, `- ${p}`, `**${p.slice(0, 20)}**${p.slice(20)}`, `${p} [link](https://example.org/${Math.floor(rnd() * 99)})`]));
    return { name: withExtension(doc.name, '.md'), text: `# ${title}\n\n${body.join('\n\n')}\n` };
  },
};

export const nonBreakingSpaces: Mutation = {
  name: 'nbsp',
  apply: (doc, rnd) =>
    withText(
      doc,
      replaceSome(doc.text, / /g, 0.3, rnd, () => '\u00a0'),
    ),
};

/** Zero-width spaces, joiners and soft hyphens, also inside words and names. */
export const zeroWidth: Mutation = {
  name: 'zero-width',
  apply: (doc, rnd) =>
    withText(
      doc,
      insertAt(doc.text, 5 + Math.floor(doc.text.length / 200), rnd, () => pick(rnd, ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff'])),
    ),
};

export const truncateMidWord: Mutation = {
  name: 'truncate',
  apply: (doc, rnd) => {
    const words = [...doc.text.matchAll(/\p{L}{4,}/gu)];
    if (words.length === 0) return withText(doc, doc.text.slice(0, Math.floor(doc.text.length / 2)));
    const word = pick(rnd, words);
    return withText(doc, doc.text.slice(0, word.index! + 2));
  },
};

export const stripPunctuation: Mutation = { name: 'strip-punctuation', apply: (doc) => withText(doc, doc.text.replace(/[.,;:!?"'“”‘’«»()[\]–—-]/g, '')) };

const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  y: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
};
const transliterate = (word: string) =>
  [...word]
    .map((ch) => {
      const low = CYRILLIC[ch.toLowerCase()] ?? ch;
      return ch === ch.toLowerCase() ? low : low.toUpperCase();
    })
    .join('');

/** Some capitalised names written in Cyrillic, as Russian-language copy pasted in would have them. */
export const cyrillicNames: Mutation = { name: 'cyrillic-names', apply: (doc, rnd) => withText(doc, replaceSome(doc.text, /\b[A-Z][a-z]{3,}\b/g, 0.3, rnd, transliterate)) };

/** Latin letters swapped for identical-looking Cyrillic ones inside words ("Аlmaty" with a Cyrillic А). */
export const homoglyphs: Mutation = {
  name: 'homoglyphs',
  apply: (doc, rnd) =>
    withText(
      doc,
      replaceSome(
        doc.text,
        /[aeopcxAEOPCXTHKM]/g,
        0.05,
        rnd,
        (ch) => ({ a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', X: 'Х', T: 'Т', H: 'Н', K: 'К', M: 'М' })[ch] ?? ch,
      ),
    ),
};

/** Markup where none belongs: tags, Markdown marks and entities in a plain text, unclosed. */
export const strayMarkup: Mutation = {
  name: 'stray-markup',
  apply: (doc, rnd) =>
    withText(
      doc,
      insertAt(doc.text, 3 + Math.floor(rnd() * 12), rnd, () =>
        pick(rnd, ['<b>', '</i>', '<p>', '<br/>', '**', '__', '[', '](', '`', '<!--', '-->', '&amp;', '&nbsp;', '<script>', '# ', '\n> ', '|', '\\']),
      ),
    ),
};

export const tabs: Mutation = {
  name: 'tabs',
  apply: (doc, rnd) =>
    withText(
      doc,
      replaceSome(doc.text, / /g, 0.2, rnd, () => '\t').replace(/^/gm, () => (rnd() < 0.3 ? '\t' : '')),
    ),
};

/** U+FFFD where a converter met a byte it could not decode (lone surrogates cannot exist in a UTF-8 file). */
export const replacementChars: Mutation = {
  name: 'replacement-char',
  apply: (doc, rnd) =>
    withText(
      doc,
      insertAt(doc.text, 3 + Math.floor(rnd() * 10), rnd, () => '\ufffd'.repeat(1 + Math.floor(rnd() * 3))),
    ),
};

/** Emoji, some outside the BMP (two UTF-16 units each), some with modifiers and joiners. */
export const emoji: Mutation = {
  name: 'emoji',
  apply: (doc, rnd) =>
    withText(
      doc,
      insertAt(doc.text, 3 + Math.floor(rnd() * 10), rnd, () => pick(rnd, [' 🇰🇿 ', '😀', '👍🏽', '👨‍👩‍👧', ' ✊ ', '🔥🔥', '❤️', '📢 '])),
    ),
};

/** Straight quotes turned curly, some closing ones lost and some turned the wrong way. */
export const unbalancedQuotes: Mutation = {
  name: 'unbalanced-quotes',
  apply: (doc, rnd) => {
    let open = true;
    return withText(
      doc,
      doc.text.replace(/"/g, () => {
        const mark = open ? pick(rnd, ['“', '“', '”', '«', '"']) : pick(rnd, ['”', '”', '', '“', '»']);
        open = !open;
        return mark;
      }),
    );
  },
};

/** Accents decomposed into combining marks, and some letters given one they never had. */
export const combiningMarks: Mutation = {
  name: 'combining-marks',
  apply: (doc, rnd) =>
    withText(
      doc,
      replaceSome(doc.text.normalize('NFD'), /[aeiou]/g, 0.03, rnd, (ch) => ch + pick(rnd, ['\u0301', '\u0308', '\u0306', '\u0328'])),
    ),
};

/**
 * An interview re-marked with dashes instead of labels, the way many Russian-school outlets lay
 * it out, with some answers missing (the question stands alone, or two questions follow).
 */
export const dashInterview: Mutation = {
  name: 'dash-interview',
  apply: (doc, rnd) => {
    const paragraphs = paragraphsOf(doc.text).map((p) => p.replace(/^\s*(?:Q|A|Question|Answer)\s*[:.]\s*/i, ''));
    const out = paragraphs.filter((_, i) => i < 2 || i % 2 === 1 || rnd() > 0.4).map((p, i) => (i === 0 ? p : `${pick(rnd, ['—', '–', '-'])} ${p}`));
    if (rnd() < 0.3) out.push(`${pick(rnd, ['—', '–'])} `);
    return withText(doc, out.join('\n\n'));
  },
};

/** Speaker labels that end the line with nothing after them, and labels in odd case. */
export const orphanLabels: Mutation = {
  name: 'orphan-labels',
  apply: (doc, rnd) => {
    const paragraphs = paragraphsOf(doc.text);
    const labels = ['Q:', 'A:', 'INTERVIEWER:', 'Question:', 'Answer:', 'Editor:', 'q:'];
    return withText(doc, paragraphs.flatMap((p) => (rnd() < 0.25 ? [pick(rnd, labels), p] : rnd() < 0.1 ? [`${pick(rnd, labels)} `] : [p])).join('\n\n'));
  },
};

/** Paragraphs in another order: an article whose introduction is not first. */
export const shuffleParagraphs: Mutation = {
  name: 'shuffle-paragraphs',
  apply: (doc, rnd) => withText(doc, shuffle(paragraphsOf(doc.text), rnd).join('\n\n')),
};

/** A token of thousands of characters with no space (a pasted URL, a base64 image, a hash). */
export const giantToken: Mutation = {
  name: 'giant-token',
  apply: (doc, rnd) =>
    withText(
      doc,
      insertAt(doc.text, 1, rnd, () => ` https://example.org/${'a1B2c3D4'.repeat(300 + Math.floor(rnd() * 700))} `),
    ),
};

/** Blank lines of spaces, trailing whitespace and runs of empty lines between paragraphs. */
export const ragged: Mutation = {
  name: 'ragged-whitespace',
  apply: (doc, rnd) =>
    withText(
      doc,
      doc.text.replace(/\n/g, () => pick(rnd, ['\n', '   \n', '\n \n\n\n', '\n\t\n', ' \u3000\n'])),
    ),
};

/** Only the first few sentences, or only the title: too little text to say much about. */
export const keepHead: Mutation = {
  name: 'keep-head',
  apply: (doc, rnd) =>
    withText(
      doc,
      paragraphsOf(doc.text)
        .slice(0, 1 + Math.floor(rnd() * 2))
        .join('\n\n'),
    ),
};

/** Every paragraph but the words scrambled within it: English-looking, no grammar. */
export const scrambleWords: Mutation = {
  name: 'scramble-words',
  apply: (doc, rnd) =>
    withText(
      doc,
      paragraphsOf(doc.text)
        .map((p) => shuffle(p.split(/ +/), rnd).join(' '))
        .join('\n\n'),
    ),
};

/** Front matter as Markdown exporters write it, sometimes never closed, with dates no calendar has. */
export const frontMatter: Mutation = {
  name: 'front-matter',
  apply: (doc, rnd) => {
    const date = pick(rnd, ['2025-13-45', '31 February 2025', 'yesterday', '2025-03-07T25:61:00Z', '', '0000-00-00']);
    const close = rnd() < 0.7 ? '---\n' : '';
    const head = `---\ntitle: "${pick(rnd, ['Unclosed title', 'A: B: C', '', '#hash'])}\ndate: ${date}\nauthor: ${pick(rnd, ['', 'Q:', '— ', 'By By'])}\n${close}\n`;
    return { name: withExtension(doc.name, '.md'), text: head + doc.text };
  },
};

/** Dates and datelines that look right and are not ("ALMATY, 31 February 2025 –", "Updated 2025-00-10"). */
export const oddDates: Mutation = {
  name: 'odd-dates',
  apply: (doc, rnd) => {
    const line = pick(rnd, [
      'ALMATY, 31 February 2025 – ',
      'Updated 2025-00-10',
      'Published: 99/99/9999',
      'Monday, 0 March 2025',
      '14 Mart 2025',
      'BISHKEK (Kun Media) — 1 January 10000 — ',
      'Posted 2 hours ago',
    ]);
    const paragraphs = paragraphsOf(doc.text);
    const at = Math.min(paragraphs.length, 1 + Math.floor(rnd() * 2));
    return withText(doc, [...paragraphs.slice(0, at), line + (paragraphs[at] ?? ''), ...paragraphs.slice(at + 1)].join('\n\n'));
  },
};

/** Every sentence a paragraph of its own, as feeds and chat exports break text. */
export const sentencePerParagraph: Mutation = {
  name: 'sentence-per-paragraph',
  apply: (doc) => withText(doc, doc.text.replace(/([.!?”"])[ \t]+(?=[\p{Lu}“"])/gu, '$1\n\n')),
};

/** Words in Dari and Pashto script with right-to-left marks, as reports on Afghanistan quote them. */
export const rightToLeft: Mutation = {
  name: 'right-to-left',
  apply: (doc, rnd) =>
    withText(
      doc,
      insertAt(doc.text, 2 + Math.floor(rnd() * 6), rnd, () => pick(rnd, [' \u200fطالبان\u200f ', ' (کابل) ', '\u202bسلام\u202c', ' \u200eKabul\u200e ', ' «افغانستان» '])),
    ),
};

/** The list the fuzz run draws from, in a fixed order so seeds replay. */
export const MUTATIONS: readonly Mutation[] = [
  shout,
  whisper,
  crlf,
  bareCr,
  oneLine,
  doubleParagraphs,
  longParagraph,
  wrapHtml,
  wrapMarkdown,
  nonBreakingSpaces,
  zeroWidth,
  truncateMidWord,
  stripPunctuation,
  cyrillicNames,
  homoglyphs,
  strayMarkup,
  tabs,
  replacementChars,
  emoji,
  unbalancedQuotes,
  combiningMarks,
  dashInterview,
  orphanLabels,
  shuffleParagraphs,
  giantToken,
  ragged,
  keepHead,
  scrambleWords,
  frontMatter,
  oddDates,
  sentencePerParagraph,
  rightToLeft,
];
