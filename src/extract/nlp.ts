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

/** The shared wink-nlp instance, created on first use (loading the model takes ~0.3 s). */
export function getNlp(): WinkNlp {
  instance ??= winkNLP(model, PIPE);
  return instance;
}
