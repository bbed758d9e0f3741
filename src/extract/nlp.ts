/**
 * The NLP backend: wink-nlp with its English "lite web" model.
 *
 * Why wink-nlp: it gives tokens, sentence boundaries, part-of-speech tags, negation flags and a
 * sentence sentiment score at roughly 150,000+ words/s on one core, which leaves room for our
 * own pattern passes inside the 50,000 words/s budget (compromise's entity pass runs at about
 * 11,000 words/s here). Its model ships inside an npm package, so nothing is fetched at run time.
 * Its built-in entities are dates and numbers only, so names come from our gazetteer plus
 * part-of-speech and capitalisation patterns (see find-names.ts).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNlp = ReturnType<typeof winkNLP>;

/**
 * The annotations we read: sentences, negation, sentiment and part of speech (lemmas come with
 * it). wink's own entities (dates, numbers) are never read, and leaving its NER pass out saves a
 * fifth of the time wink takes; tokens, tags, lemmas, sentences and scores are the same without it.
 */
const PIPE = ['sbd', 'negation', 'sentiment', 'pos'];
let instance: WinkNlp | undefined;
/** How many words the model's own lexicon holds; every word wink has not seen gets a higher id. */
let modelLexiconSize = 0;

/** The shared wink-nlp instance, created on first use (loading the model takes ~0.3 s). */
export function getNlp(): WinkNlp {
  if (!instance) {
    instance = winkNLP(model, PIPE);
    // wink appends each unknown word to its lexicon, so the first unknown word read gets the
    // first id past the model's own words: a nonsense word read before any text marks the line.
    modelLexiconSize = uniqueIds(instance, 'qzxwvkjqz')[0] ?? 0;
  }
  return instance;
}

function uniqueIds(nlp: WinkNlp, text: string): number[] {
  return nlp
    .readDoc(text)
    .tokens()
    .out(nlp.its.uniqueId as never) as unknown as number[];
}

const lexiconWordCache = new Map<string, boolean>();

/**
 * Whether the lower-cased `word` is a word of the model's English lexicon ("growth", "inflation"),
 * as against a name it has never seen ("bekova", "tokayev"). Common surnames that are also
 * words ("smith", "baker") count as words: the caller needs other evidence for them.
 * @example isLexiconWord('Growth') === true; isLexiconWord('Japarov') === false
 */
export function isLexiconWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = lexiconWordCache.get(lower);
  if (known === undefined) {
    const nlp = getNlp();
    const ids = uniqueIds(nlp, lower);
    known = ids.length === 1 && ids[0]! < modelLexiconSize;
    lexiconWordCache.set(lower, known);
  }
  return known;
}
