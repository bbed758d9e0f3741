/**
 * Quotes as voices: a sentence inside quotation marks speaks for the person the quote is
 * attributed to, also when the attribution comes before, after, or in an earlier sentence.
 */
import type { Sentence, TokenizedText } from './tokenize';
import { speakerMention } from './stance-clauses';
import { sentenceAt, type StanceContext, type Voice } from './stance-context';

export function voiceOf(ctx: StanceContext, holder: string): Voice {
  const organisation = ctx.organisationOf(holder);
  return organisation ? { holder, organisation } : { holder };
}

export const OPEN_QUOTES = /^["“«„]/;

/** The speaker of the first reported speech in each block, for a quote that comes before its attribution. */
export function firstQuotedSpeakers(ctx: StanceContext): Map<number, string> {
  const out = new Map<number, string>();
  for (const rs of ctx.reportedSpeech) {
    const { sentences } = ctx.tokenized;
    const sentence = sentences.length > 0 ? sentences[sentenceAt(sentences, rs.span[0])] : undefined;
    if (!sentence || rs.span[0] >= sentence.end || out.has(sentence.block)) continue;
    const speaker = speakerMention(ctx, rs);
    if (speaker) out.set(sentence.block, speaker.entity);
  }
  return out;
}

/** Per sentence: quotation marks opened minus closed, and straight quotes, in its block's sentences before it. */
interface QuoteBalance {
  depth: Int32Array;
  straight: Int32Array;
}

const balances = new WeakMap<TokenizedText, QuoteBalance>();

/** One pass over the tokens, so a block of a million sentences costs no more than a million short ones. */
function quoteBalance(tokenized: TokenizedText): QuoteBalance {
  const known = balances.get(tokenized);
  if (known) return known;
  const { tokens, sentences } = tokenized;
  const depth = new Int32Array(sentences.length);
  const straight = new Int32Array(sentences.length);
  let d = 0;
  let q = 0;
  for (let s = 0; s < sentences.length; s++) {
    if (s > 0 && sentences[s - 1]!.block !== sentences[s]!.block) d = q = 0;
    depth[s] = d;
    straight[s] = q;
    for (let t = sentences[s]!.tokenStart; t < sentences[s]!.tokenEnd; t++) {
      const text = tokens[t]!.text;
      if (text === '”' || text === '»') d--;
      else if (text === '“' || text === '«') d++;
      else if (text === '"') q++;
    }
  }
  const balance = { depth, straight };
  balances.set(tokenized, balance);
  return balance;
}

/**
 * Whether a quotation opened earlier in the sentence's paragraph is still open where the sentence
 * starts ("“Hundreds remain behind bars. The government must ...”").
 */
function insideOpenQuote(ctx: StanceContext, sentence: Sentence): boolean {
  const { sentences } = ctx.tokenized;
  const s = sentenceAt(sentences, sentence.start);
  // A sentence of its block among the tokenized ones (always, from the stance pass): the counts are ready.
  if (sentences[s]?.block !== sentence.block) return openBefore(ctx, sentence, s);
  const { depth, straight } = quoteBalance(ctx.tokenized);
  return depth[s]! > 0 || straight[s]! % 2 === 1;
}

/** The same count, sentence by sentence backwards, for a sentence whose block the tokenized ones do not place. */
function openBefore(ctx: StanceContext, sentence: Sentence, from: number): boolean {
  const { tokens, sentences } = ctx.tokenized;
  let depth = 0;
  let straight = 0;
  for (let s = from - 1; s >= 0 && sentences[s]!.block === sentence.block; s--) {
    for (let t = sentences[s]!.tokenEnd - 1; t >= sentences[s]!.tokenStart; t--) {
      const text = tokens[t]!.text;
      if (text === '”' || text === '»') depth--;
      else if (text === '“' || text === '«') depth++;
      else if (text === '"') straight++;
    }
  }
  return depth > 0 || straight % 2 === 1;
}

/** A sentence that opens with a quotation mark and names no speaker continues the block's quoted speaker. */
export function continuedQuote(ctx: StanceContext, sentence: Sentence, quotedInBlock: ReadonlyMap<number, Voice>, firstInBlock: ReadonlyMap<number, string>): Voice | undefined {
  const first = ctx.tokenized.tokens[sentence.tokenStart];
  if (!first || (!OPEN_QUOTES.test(first.text) && !insideOpenQuote(ctx, sentence))) return undefined;
  const known = quotedInBlock.get(sentence.block);
  if (known) return known;
  const ahead = firstInBlock.get(sentence.block);
  return ahead ? voiceOf(ctx, ahead) : undefined;
}
