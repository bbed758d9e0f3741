/**
 * A cheap, robust "is this English?" check: first the script the letters are written in, then,
 * for Latin script, the share of common function words of English against those of other
 * languages written in Latin script. Reads at most the first 20,000 characters of visible text
 * (runs of white space count as one), so it costs the same for any file size, and a page whose
 * markup fills its first 20,000 characters with blanks is still judged by its words.
 */

export interface LanguageGuess {
  english: boolean;
  /** Human-readable description of what the text looks like: "Russian (Cyrillic script)". */
  looksLike: string;
}

const SAMPLE_CHARS = 20_000;
/** Fewer words than this cannot be judged by function words; only the script is checked. */
const MIN_WORDS = 20;
/** In English prose these words make up roughly 35-45% of tokens; 12% leaves room for lists and names. */
const MIN_ENGLISH_SHARE = 0.12;

const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  English:
    'the of and to a in is that for it was on with as by be are at this from have not or an were has but which they their his her he she we you will been would there who about more than its also can said after'.split(
      ' ',
    ),
  German: 'der die und das ist nicht mit sich des auf für ein eine den dem zu von im auch es werden wird sind wurde als bei nach aus'.split(' '),
  French: 'le la les des et est une dans que pour pas sur du au qui ce il elle sont avec par plus ses cette ont'.split(' '),
  Spanish: 'el la los las y es que en un una por con para del se su al lo como más pero sus fue este está'.split(' '),
  Italian: 'il di che è la per un una non sono della con del le gli si al nel anche più questo'.split(' '),
  Portuguese: 'o os da do das dos que em um uma para com não por mais como se na no foi são ao'.split(' '),
  Dutch: 'de het een en van in is dat op te zijn met voor niet aan er ook als bij door wordt'.split(' '),
  Turkish: 've bir bu için ile da de olarak çok daha olan gibi ama en ne var değil kadar sonra'.split(' '),
  Uzbek: 'va bilan uchun bu bir ham edi emas deb esa lekin yoki bo‘lgan haqida qilish kerak'.split(' '),
  Polish: 'i w na z do że się nie jest to o jak po od za przez są oraz'.split(' '),
};

const SETS: readonly [string, ReadonlySet<string>][] = Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)]);

/** Scripts told apart by code-point ranges (faster than Unicode property regexes on big samples). */
function scriptOf(cp: number): string | null {
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'Latin';
  if (cp >= 0x400 && cp <= 0x52f) return 'Cyrillic';
  if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) return 'Arabic';
  if (cp >= 0x370 && cp <= 0x3ff) return 'Greek';
  if (cp >= 0x590 && cp <= 0x5ff) return 'Hebrew';
  if (cp >= 0x530 && cp <= 0x58f) return 'Armenian';
  if (cp >= 0x10a0 && cp <= 0x10ff) return 'Georgian';
  if (cp >= 0x900 && cp <= 0x97f) return 'Devanagari';
  if (cp >= 0xe00 && cp <= 0xe7f) return 'Thai';
  if (cp >= 0x3040 && cp <= 0x30ff) return 'Japanese kana';
  if (cp >= 0xac00 && cp <= 0xd7af) return 'Hangul';
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return 'Han';
  return null;
}

/** A likely language for a non-Latin script, from letters only some of its languages use. */
function languageOfScript(script: string, sample: string): string {
  switch (script) {
    case 'Cyrillic':
      if (/[әғқңөұһі]/iu.test(sample) && /[ұә]/iu.test(sample)) return 'Kazakh';
      if (/[ҳҷӣӯ]/iu.test(sample)) return 'Tajik';
      if (/[ңөү]/iu.test(sample)) return 'Kyrgyz';
      if (/[єї]/iu.test(sample)) return 'Ukrainian';
      if (/[ў]/iu.test(sample)) return /[ҳқғ]/iu.test(sample) ? 'Uzbek' : 'Belarusian';
      return 'Russian';
    case 'Arabic':
      return /[پچژگ]/u.test(sample) ? 'Persian' : 'Arabic';
    case 'Japanese kana':
      return 'Japanese';
    case 'Hangul':
      return 'Korean';
    case 'Han':
      return 'Chinese';
    case 'Greek':
      return 'Greek';
    case 'Hebrew':
      return 'Hebrew';
    case 'Armenian':
      return 'Armenian';
    case 'Georgian':
      return 'Georgian';
    case 'Devanagari':
      return 'Hindi';
    case 'Thai':
      return 'Thai';
    default:
      return script;
  }
}

/** The first `size` characters of `text` with each run of white space squeezed to one space. */
function sampleOf(text: string, size: number): string {
  if (text.length <= size) return text;
  const parts: string[] = [];
  let length = 0;
  const runs = /\S+/g;
  for (let m = runs.exec(text); m && length < size; m = runs.exec(text)) {
    parts.push(m[0]);
    length += m[0].length + 1;
  }
  return parts.join(' ').slice(0, size);
}

/** Guesses whether `text` is English. Pure and linear in the text up to its first 20,000 visible characters. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = sampleOf(text, SAMPLE_CHARS);
  const scripts = new Map<string, number>();
  let letters = 0;
  let ascii = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    // ASCII letters are most of any English text: count them without a lookup.
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) ascii += 1;
      continue;
    }
    const script = scriptOf(sample.codePointAt(i)!);
    if (script) {
      scripts.set(script, (scripts.get(script) ?? 0) + 1);
      letters += 1;
    }
  }
  if (ascii > 0) scripts.set('Latin', (scripts.get('Latin') ?? 0) + ascii);
  letters += ascii;
  if (letters === 0) return { english: false, looksLike: 'no letters at all' };
  const [topScript, topCount] = [...scripts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const latin = scripts.get('Latin') ?? 0;
  if (latin / letters < 0.5) {
    return { english: false, looksLike: `${languageOfScript(topScript, sample)} (${topScript} script, ${Math.round((100 * topCount) / letters)}% of letters)` };
  }
  const words = sample.toLowerCase().match(/[a-zà-ɏ‘’']+/gu) ?? [];
  if (words.length < MIN_WORDS) return { english: true, looksLike: 'English (too short to tell)' };
  let best = 'English';
  let bestShare = 0;
  let englishShare = 0;
  // Each distinct word is looked up once per language, weighed by how often it occurs.
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [lang, set] of SETS) {
    let hits = 0;
    for (const [w, n] of counts) if (set.has(w)) hits += n;
    const share = hits / words.length;
    if (lang === 'English') englishShare = share;
    if (share > bestShare) {
      best = lang;
      bestShare = share;
    }
  }
  if (englishShare >= MIN_ENGLISH_SHARE && best === 'English') return { english: true, looksLike: 'English' };
  if (best === 'English' || bestShare < 0.05)
    return { english: false, looksLike: `an unknown language in Latin script (only ${Math.round(100 * englishShare)}% common English words)` };
  return { english: false, looksLike: `${best} (Latin script, ${Math.round(100 * bestShare)}% common ${best} words)` };
}
