import stateActs from '../../gazetteer/lexicon/state-acts.json';
import { StateActsFile } from '../../schema/lexicon';
import { tokenizeBlocks } from '../../src/extract/tokenize';
import { evaluationTexts, liftedFromEvaluationTexts } from '../helpers/evaluation-texts';

const ENTRIES = StateActsFile.parse(stateActs).entries;

/**
 * Entries the pass cannot read yet: wink-nlp tags "jailing" a verb of lemma "jail", and the pass
 * matches nouns by lemma. Kept here so that this test fails, and the entry is looked at, once the
 * lexicon or the tagger changes; not fixed here, since the eval output must stay as it is.
 */
const UNREAD = ['jailing'];

describe('the state-act nouns (gazetteer/lexicon/state-acts.json)', () => {
  it('should validate against its schema', () => {
    expect(StateActsFile.safeParse(stateActs).success).toBe(true);
  });

  it('should name the act by its lemma in its own example sentence, "jailing" aside', () => {
    const dead = ENTRIES.filter((e) => {
      const { tokens } = tokenizeBlocks(e.example, [[0, e.example.length]]);
      return !tokens.some((t) => t.lemma === e.lemma);
    }).map((e) => `${e.lemma}: "${e.example}"`);
    expect(dead.map((d) => d.split(':')[0])).toEqual(UNREAD);
  });

  it('should take no example sentence from an evaluation text', () => {
    expect(evaluationTexts().length).toBeGreaterThan(3);
    expect(ENTRIES.filter((e) => liftedFromEvaluationTexts(e.example)).map((e) => e.example)).toEqual([]);
  });
});
