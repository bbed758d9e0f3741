/**
 * Words of expert opinion in interview answers: the interviewee judges governments, countries and
 * groups with them ("an essential partner", "puts pressure on journalists", "a dictatorship",
 * "imperial ambitions"). Every text here is written for these tests; the people and outlets are invented.
 */
import { readAndExtract } from '../helpers/read-and-extract';

const answer = (sentence: string) =>
  readAndExtract(`The region in question

In an interview with Steppe Monitor, Kyrgyz analyst Ivan Petrov discussed Kyrgyzstan and its neighbours.

What do you make of the region today?

${sentence}

What comes next?

We will see.
`);

const stancesIn = (sentence: string) => {
  const { x } = answer(sentence);
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.stances.filter((s) => sentence.includes(s.quote)).map((s) => [label.get(s.holder), label.get(s.target), s.polarity]);
};

describe('words of expert opinion in an interview answer', () => {
  it('should read "putting pressure on journalists" as blame of whoever presses, not of the journalists', () => {
    expect(stancesIn('The Tajik government is putting pressure on independent journalists.')).toEqual([['Ivan Petrov', 'Government of Tajikistan', 'oppose']]);
  });

  it('should read "new restrictions on the media" as blame of the authorities that bring them in', () => {
    expect(stancesIn('The Kazakh authorities have introduced new restrictions on the media.')).toEqual([['Ivan Petrov', 'Government of Kazakhstan', 'oppose']]);
  });

  it('should read "a dictatorship", "imperial ambitions" and "aggression" as blame', () => {
    expect(stancesIn('Turkmenistan remains a dictatorship.')).toEqual([['Ivan Petrov', 'Turkmenistan', 'oppose']]);
    expect(stancesIn('China has imperial ambitions in the region.')).toEqual([['Ivan Petrov', 'China', 'oppose']]);
    expect(stancesIn('Russia continues its aggression against Ukraine.')).toEqual(expect.arrayContaining([['Ivan Petrov', 'Russia', 'oppose']]));
  });

  it('should read "an essential partner", "fruitful talks" and "we cooperate closely with" as support', () => {
    expect(stancesIn('Kazakhstan is an essential partner of the region.')).toEqual([['Ivan Petrov', 'Kazakhstan', 'support']]);
    expect(stancesIn('The talks with Tashkent were fruitful.')).toEqual([['Ivan Petrov', 'Uzbekistan', 'support']]);
    expect(stancesIn('We cooperate closely with the Kyrgyz government on border security.')).toEqual([['Ivan Petrov', 'Government of Kyrgyzstan', 'support']]);
  });

  it('should read a demonym that heads its phrase as its country ("The Chinese are", "Russians have"), not one before a noun', () => {
    expect(stancesIn('The Americans have neglected the region.')).toEqual([['Ivan Petrov', 'United States', 'oppose']]);
    expect(stancesIn('The Russians are losing influence.')).toEqual([['Ivan Petrov', 'Russia', 'oppose']]);
    expect(stancesIn('Russian and Chinese companies are a failure here.')).toEqual([]);
  });

  it('should give "the authorities" to the country the paragraph set as the scene, not to the one the text is about', () => {
    expect(stancesIn('In Uzbekistan, I worked for a disability charity. I was then subject to repressions by the authorities.')).toEqual([
      ['Ivan Petrov', 'Government of Uzbekistan', 'oppose'],
    ]);
    // Two scenes in the paragraph: the text's own country, as before.
    expect(stancesIn('I worked in Uzbekistan and in Tajikistan. I was then subject to repressions by the authorities.')).toEqual([
      ['Ivan Petrov', 'Government of Kyrgyzstan', 'oppose'],
    ]);
  });

  it('should take no stance from "cooperation" named as a topic with no actor', () => {
    expect(stancesIn('Regional cooperation is a topic of many conferences.')).toEqual([]);
  });
});

describe('more words of judgement in an interview answer', () => {
  it.each([
    ['The Kazakh government is mistaken about the pipeline.', 'Government of Kazakhstan', 'oppose'],
    ['The Russian policy in the region is cynical and hypocritical.', 'Russia', 'oppose'],
    ['The Tajik authorities rigged the parliamentary election.', 'Government of Tajikistan', 'oppose'],
    ['Critics call the Kyrgyz parliament a puppet of the presidential administration.', 'Jogorku Kenesh', 'oppose'],
    ['China has meddled in the affairs of Kyrgyzstan for years.', 'China', 'oppose'],
    ['The European Union is an impartial and beneficial partner for Kazakhstan.', 'European Union', 'support'],
  ])('should read "%s" as a judgement of %s', (sentence, target, polarity) => {
    expect(stancesIn(sentence)).toContainEqual(['Ivan Petrov', target, polarity]);
  });
});
