import actReferenceNouns from '../../gazetteer/lexicon/act-reference-nouns.json';
import { ActReferenceNounsFile } from '../../schema/lexicon';
import { liftedFromEvaluationTexts } from '../helpers/evaluation-texts';
import { readAndExtract } from '../helpers/read-and-extract';

describe('the act-reference nouns', () => {
  const { entries } = ActReferenceNounsFile.parse(actReferenceNouns);
  it.each(entries.map((e) => [e.lemma, e.example]))('"%s" comes with an example of our own that uses it', (lemma, example) => {
    expect(example.toLowerCase()).toContain(lemma.slice(0, Math.max(4, lemma.length - 2)));
    expect(liftedFromEvaluationTexts(example)).toBe(false);
  });
});

const REPORT = (judgement: string) => `Aid workers expelled

Tajikistan expelled two foreign aid workers from Khorog on Monday. ${judgement}
`;

describe('a judgement of an act the text reported before', () => {
  it('is about whoever did the act when a word for any act refers back to it: "condemned the move"', () => {
    const { stancesOf } = readAndExtract(REPORT('Human Rights Watch condemned the move on Tuesday.'));
    expect(stancesOf('Human Rights Watch', 'Tajikistan').map((s) => s.polarity)).toEqual(['oppose']);
  });

  it('is about whoever did the act when its own noun names it again: "denounced the expulsion"', () => {
    const { stancesOf } = readAndExtract(REPORT('Human Rights Watch denounced the expulsion on Tuesday.'));
    expect(stancesOf('Human Rights Watch', 'Tajikistan').map((s) => s.polarity)).toEqual(['oppose']);
  });

  it('is about no one reported before when the noun is followed by whom it befell ("the expulsion of ...")', () => {
    const { stancesOf } = readAndExtract(REPORT('Human Rights Watch denounced the expulsion of the workers.'));
    expect(stancesOf('Human Rights Watch', 'Tajikistan')).toEqual([]);
  });
});

describe('an act joined by "and" to what a speaker said', () => {
  it('is the speaker\'s own: "X called the move “shameful” and urged Y to reverse it"', () => {
    const { stancesOf } = readAndExtract(REPORT('Human Rights Watch called the ruling “shameful” and urged Tajikistan to reverse it.'));
    const about = stancesOf('Human Rights Watch', 'Tajikistan');
    expect(about.map((s) => s.polarity)).toEqual(['oppose']);
    expect(about[0]!.quote).toContain('urged Tajikistan to reverse it');
  });
});

describe('a feeling a speaker reports of itself', () => {
  it('is the speaker\'s own disapproval of the act it names: "X said it was deeply disappointed by the expulsion"', () => {
    const { stancesOf } = readAndExtract(REPORT('Uzbekistan said it was deeply disappointed by the expulsion.'));
    expect(stancesOf('Uzbekistan', 'Tajikistan').map((s) => [s.polarity, s.code])).toEqual([['oppose', '110']]);
  });

  it('is not the speaker\'s when another subject feels it: "X said Y was dismayed"', () => {
    const { stancesOf } = readAndExtract(REPORT('Uzbekistan said Kazakhstan was dismayed by the decision.'));
    expect(stancesOf('Uzbekistan', 'Tajikistan')).toEqual([]);
  });
});
