/**
 * Tokens and sentences with character offsets into the source text. wink-nlp reports token
 * values but not offsets, so offsets are recovered by walking the block text, which is exact
 * because wink keeps every token's original characters.
 */
import { getNlp, isLexiconWord } from './nlp';
import { unwrapLineBreaks } from '../read/wrapped-line-breaks';

export interface Token {
  /** The token's characters as in the text. */
  text: string;
  lower: string;
  /** wink-nlp's lemma, lower case ("criticises", "criticised" -> "criticize"): what the lexicon matches. */
  lemma: string;
  start: number;
  end: number;
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  negated: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** wink-nlp's sentiment score, -1..1. */
  sentiment: number;
  /** Index of the block (body span) the sentence belongs to. */
  block: number;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

/** A dot inside a domain-like name ("CABAR.asia", "Vlast.kz") would end a sentence for wink. */
const DOMAIN_DOT = /\b([A-Za-z][\w-]*)\.(asia|kz|kg|uz|tj|tm|ru|ua|com|org|net|info|io|eu|uk|de|fr|no|am|ge|az)\b/g;
const DOT_STANDIN = '\u2024';

/**
 * Runs of this many non-space characters (a pasted URL, base64 data, a hash) are masked with
 * spaces before tokenising: no name, title or cue is that long, and wink-nlp's e-mail pattern
 * backtracks over such a run from every position, which made a 30,000-character token cost
 * minutes. Masking keeps every offset, so the rest of the text reads as before.
 */
export const MAX_TOKEN_LENGTH = 200;
const OVERLONG_RUN = new RegExp(`\\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');

/**
 * Whether `text` has more than MAX_TOKEN_LENGTH characters in a row that are no ASCII blank. A
 * run of \S is one of these, so without one OVERLONG_RUN finds nothing; the loop is cheaper.
 */
function hasOverlongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    run = code === 32 || (code >= 9 && code <= 13) ? 0 : run + 1;
    if (run > MAX_TOKEN_LENGTH) return true;
  }
  return false;
}

/** DOMAIN_DOT needs a full stop before a lower-case letter; most blocks have none. */
const MAY_HAVE_DOMAIN = /\.[a-z]/;
/** Capitalised words that, right after a lower-case word, start a new sentence whose full stop is missing. */
const SENTENCE_OPENERS = new Set([
  'in',
  'the',
  'we',
  'it',
  'this',
  'there',
  'but',
  'however',
  'he',
  'she',
  'they',
  'our',
  'these',
  'those',
  'at',
  'on',
  'as',
  'meanwhile',
  'moreover',
]);

/**
 * Sources drop full stops ("... the northern districts In Naryn, the farmers ..."); wink then
 * runs two sentences together. Split where a sentence opener is capitalised after a lower-case word.
 * Returns [first, last, wink sentence index] over wink token indexes.
 */
function splitRunOnSentences(spans: readonly [number, number][], local: readonly Token[], map: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  spans.forEach(([first, last], k) => {
    let start = first;
    for (let i = first + 3; i <= last - 2; i++) {
      const token = local[map[i]!]!;
      const prev = local[map[i - 1]!]!;
      if (map[i] === map[i - 1]) continue;
      if (SENTENCE_OPENERS.has(token.lower) && /^\p{Lu}\p{Ll}*$/u.test(token.text) && /^\p{Ll}+$/u.test(prev.text)) {
        out.push([start, i - 1, k]);
        start = i;
      }
    }
    out.push([start, last, k]);
  });
  return out;
}

const isBlank = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/**
 * Where the token `value` starts at or after `cursor`: right after the blanks that follow the
 * cursor, as almost always, else the first occurrence further on. The direct check keeps a
 * long block linear; the search alone scans to the block's end for a value it does not find.
 */
function tokenOffset(text: string, value: string, cursor: number): number {
  let at = cursor;
  while (at < text.length && isBlank(text.charCodeAt(at))) at++;
  if (value.length > 0 && !isBlank(value.charCodeAt(0)) && text.startsWith(value, at)) return at;
  return text.indexOf(value, cursor);
}

/**
 * Tokenise the given spans of `plain` (the markup-masked text). Sentences never cross spans.
 * @example tokenizeBlocks('Tokayev spoke. He left.', [[0, 23]]).sentences.length === 2
 */
export function tokenizeBlocks(plain: string, blocks: readonly (readonly [number, number])[]): TokenizedText {
  const nlp = getNlp();
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  blocks.forEach(([blockStart, blockEnd], blockIndex) => {
    const raw = plain.slice(blockStart, blockEnd);
    // "Secretary‑General" with a non-breaking hyphen (U+2011) or U+2010 reads as the plain hyphen: one character each, so offsets hold.
    // The first two passes only where they can match: each tries its pattern at every word.
    const masked = hasOverlongRun(raw) ? raw.replace(OVERLONG_RUN, (run) => ' '.repeat(run.length)) : raw;
    const dotted = MAY_HAVE_DOMAIN.test(masked) ? masked.replace(DOMAIN_DOT, `$1${DOT_STANDIN}$2`) : masked;
    const text = unwrapLineBreaks(dotted.replace(/[\u2010\u2011]/g, '-'));
    // Blank once masked (a paragraph that is one long link): wink would give a sentence without tokens.
    if (!/\S/.test(text)) return;
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out() as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
    const neg = doc.tokens().out(its.negationFlag) as unknown as boolean[];
    const sentenceSpans: [number, number][] = [];
    doc.sentences().each((s: { out: (f?: unknown) => unknown }) => {
      sentenceSpans.push(s.out(its.span) as unknown as [number, number]);
    });
    const sentiments = doc.sentences().out(its.sentiment) as unknown as number[];

    // Walk the text to find each token's offset; merge "CABAR ․ asia" back into one token.
    const local: Token[] = [];
    const tokenIndexMap: number[] = [];
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const at = tokenOffset(text, value, cursor);
      const start = at < 0 ? cursor : at;
      const end = start + value.length;
      cursor = end;
      const prev = local[local.length - 1];
      if (prev && (value === DOT_STANDIN || prev.text.endsWith(DOT_STANDIN)) && prev.end - blockStart === start) {
        prev.text += value;
        prev.end = blockStart + end;
        prev.lower = prev.text.toLowerCase();
        prev.lemma = prev.lower;
        tokenIndexMap.push(local.length - 1);
        continue;
      }
      tokenIndexMap.push(local.length);
      local.push({
        text: value,
        lower: value.toLowerCase(),
        lemma: (lemmas[i] ?? value).toLowerCase(),
        start: blockStart + start,
        end: blockStart + end,
        pos: pos[i] ?? 'X',
        sentence: 0,
        negated: Boolean(neg[i]),
      });
    }
    for (const t of local) {
      if (t.text.includes(DOT_STANDIN)) {
        t.text = raw.slice(t.start - blockStart, t.end - blockStart);
        t.lower = t.text.toLowerCase();
        t.lemma = t.lower;
        t.pos = 'PROPN';
      }
    }
    clearNegationInNames(local);
    restorePastTenseVerbs(local);
    restorePresentTenseVerbs(local);
    const base = tokens.length;
    const spans = splitRunOnSentences(sentenceSpans, local, tokenIndexMap);
    spans.forEach(([first, last, k]) => {
      const tokenStart = base + tokenIndexMap[first]!;
      const tokenEnd = base + tokenIndexMap[last]! + 1;
      const sentenceIndex = sentences.length;
      sentences.push({ start: 0, end: 0, tokenStart, tokenEnd, sentiment: sentiments[k] ?? 0, block: blockIndex });
      for (let t = tokenStart - base; t < tokenEnd - base; t++) local[t]!.sentence = sentenceIndex;
    });
    // One push per token: spreading a long block's tokens as arguments overflows the stack.
    for (const t of local) tokens.push(t);
    for (let s = sentences.length - spans.length; s < sentences.length; s++) {
      const sentence = sentences[s]!;
      sentence.start = tokens[sentence.tokenStart]!.start;
      sentence.end = tokens[sentence.tokenEnd - 1]!.end;
    }
  });
  return { tokens, sentences };
}

/** Words wink-nlp starts a negation with. */
const NEGATORS = new Set(['no', 'not', 'never', 'without', 'nor', 'neither', 'none', 'nobody', 'nothing', "n't", 'cannot']);

/**
 * "Reporters Without Borders condemned ...", "No Peace Without Justice said ...": a negation word
 * inside a capitalised name negates nothing, but wink-nlp flags every word after it up to the
 * next punctuation, which turned the body's condemnation into its denial. Clears those flags,
 * up to the next negation word of the text's own.
 */
/**
 * "Human Rights Watch expressed concern": after a name wink sometimes reads the verb as an
 * adjective and leaves it unlemmatised ("expressed"/ADJ), so no cue on "express" can match. A word
 * in -ed right after a noun or a name, with no article before it, that wink left as its own lemma is
 * the past tense of the verb whose base English has ("express", "use", "stop").
 * @example "Watch expressed concern" -> expressed: { pos: 'VERB', lemma: 'express' }
 */
export function restorePastTenseVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || t.lemma !== t.lower || !/^[a-z]{3,}ed$/u.test(t.lower)) continue;
    const before = tokens[i - 1]!;
    if (!(before.pos === 'PROPN' || before.pos === 'NOUN' || (before.pos === 'VERB' && /^\p{Lu}/u.test(before.text)))) continue;
    const next = tokens[i + 1];
    // "expressed concern", "criticised the": an object follows a verb; "the tired workers" has an article before.
    if (!next || !(next.pos === 'NOUN' || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN')) continue;
    const base = pastTenseBase(t.lower);
    if (base) {
      t.pos = 'VERB';
      t.lemma = base;
    }
  }
}

/**
 * "The United States values its partnership", "Russia values its ties": after a name wink reads
 * some verbs in -s as plural nouns, so no cue on "value" can match. A plural noun right after a
 * name and right before a determiner or a possessive ("its", "the", "our") is the verb, with the
 * lemma wink gave it.
 * @example "States values its" -> values: { pos: 'VERB', lemma: 'value' }
 */
export function restorePresentTenseVerbs(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !/^[a-z]{3,}s$/u.test(t.lower) || t.lemma === t.lower || `${t.lemma}s` !== t.lower) continue;
    if (tokens[i - 1]!.pos !== 'PROPN' || tokens[i - 1]!.sentence !== t.sentence) continue;
    const next = tokens[i + 1]!;
    if (next.pos !== 'DET' && !/^(its|their|our|his|her|my|your)$/u.test(next.lower)) continue;
    t.pos = 'VERB';
  }
}

/** The base of a regular past tense that English has: "expressed" -> "express", "used" -> "use", "stopped" -> "stop". */
function pastTenseBase(word: string): string | undefined {
  const stem = word.slice(0, -2);
  const candidates = [stem, `${stem}e`, ...(/([b-df-hj-np-tv-z])\1$/u.test(stem) ? [stem.slice(0, -1)] : []), ...(stem.endsWith('i') ? [`${stem.slice(0, -1)}y`] : [])];
  return candidates.find((c) => c.length >= 3 && isLexiconWord(c));
}

export function clearNegationInNames(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    if (!NEGATORS.has(word.lower) || !/^\p{Lu}/u.test(word.text)) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1]!;
    if (!/^\p{Lu}\p{Ll}/u.test(before.text) || !/^\p{Lu}/u.test(after.text) || before.pos === 'PUNCT') continue;
    // wink-nlp's scope skips quotation marks and runs on after them: clear to the end of the sentence.
    for (let k = i + 1; k < tokens.length && !/^[.!?;]$/.test(tokens[k]!.text) && !NEGATORS.has(tokens[k]!.lower); k++) tokens[k]!.negated = false;
  }
}
