import { compileCues, matchCues } from '../../src/extract/match-cues';
import { LEXICON, LEXICON_FILES, loadLexicon, REPORTING_LEMMAS, SPEECH_FORMS } from '../../src/extract/stance-lexicon';
import { tokenizeBlocks } from '../../src/extract/tokenize';
import { isKgError } from '../../src/errors/kg-error';
import { evaluationTexts, liftedFromEvaluationTexts } from '../helpers/evaluation-texts';

describe('the stance lexicon', () => {
  it('should fire every entry on its own example sentence through the matcher', () => {
    const dead: string[] = [];
    for (const entry of LEXICON) {
      const { tokens } = tokenizeBlocks(entry.example, [[0, entry.example.length]]);
      const hits = matchCues(tokens, 0, tokens.length, compileCues([entry]));
      if (!hits.some((h) => h.cue === entry)) dead.push(`${entry.lemma} (${entry.kind}): "${entry.example}"`);
    }
    expect(dead).toEqual([]);
  });

  it('should take no example sentence from an evaluation text', () => {
    expect(evaluationTexts().length).toBeGreaterThan(3);
    const lifted = LEXICON.filter((e) => liftedFromEvaluationTexts(e.example));
    expect(lifted.map((e) => e.example)).toEqual([]);
  });

  it('should match "criticises", "criticizes", "criticised" and "denounces" by lemma', () => {
    const index = compileCues(LEXICON.filter((e) => e.kind === 'evaluative'));
    for (const sentence of ['The union criticises the council.', 'The union criticizes the council.', 'The union criticised the council.', 'The union denounces the council.']) {
      const { tokens } = tokenizeBlocks(sentence, [[0, sentence.length]]);
      const codes = matchCues(tokens, 0, tokens.length, index).map((h) => h.cue.code);
      expect(codes).toContain('111');
    }
  });

  it('should not read a noun as the verb of the same lemma ("the border dispute")', () => {
    const index = compileCues(LEXICON.filter((e) => e.lemma === 'dispute'));
    const sentence = 'The border dispute lasted a decade.';
    const { tokens } = tokenizeBlocks(sentence, [[0, sentence.length]]);
    expect(matchCues(tokens, 0, tokens.length, index)).toEqual([]);
  });

  it('should not read an -ing form after a determiner as the verb ("the challenging winter", "is challenging the rule")', () => {
    const index = compileCues(LEXICON.filter((e) => e.lemma === 'challenge'));
    const fire = (sentence: string) => {
      const { tokens } = tokenizeBlocks(sentence, [[0, sentence.length]]);
      return matchCues(tokens, 0, tokens.length, index).length;
    };
    expect(fire('The ferry crews faced the increasingly challenging winter season.')).toBe(0);
    expect(fire('The ferry crews are challenging the new timetable.')).toBe(1);
  });

  it('should give every evaluative entry a CAMEO code and a polarity, and every event a code', () => {
    expect(LEXICON.filter((e) => e.kind === 'evaluative' && (!e.code || !e.polarity))).toEqual([]);
    expect(LEXICON.filter((e) => e.kind === 'event' && !e.code)).toEqual([]);
  });

  it('should keep one list of reporting verbs, with the written forms the reader matches', () => {
    expect(REPORTING_LEMMAS.has('say')).toBe(true);
    expect(REPORTING_LEMMAS.has('tell')).toBe(true);
    expect(SPEECH_FORMS).toEqual(expect.arrayContaining(['said', 'told', 'called for', 'urged', 'denied']));
  });

  it('should report every problem of every lexicon file at once', () => {
    const bad = [
      { file: 'lexicon/a.json', data: { description: 'x', entries: [{ lemma: 'Bad Lemma', kind: 'evaluative', example: 'An example of ours.' }] } },
      { file: 'lexicon/b.json', data: { description: 'y', entries: [{ lemma: 'say', kind: 'reporting', example: 'Short' }] } },
    ];
    try {
      loadLexicon(bad);
      throw new Error('expected a KgError');
    } catch (error) {
      expect(isKgError(error) && error.code).toBe('E_GAZETTEER');
      expect(String((error as Error).message)).toMatch(/lexicon\/a\.json[\s\S]*lexicon\/b\.json/);
    }
  });

  it('should load the three lexicon files', () => {
    expect(LEXICON_FILES.map((f) => f.file)).toEqual(['lexicon/stance-words.json', 'lexicon/reporting-verbs.json', 'lexicon/cameo-verbs.json']);
    expect(LEXICON.length).toBeGreaterThan(400);
  });
});
