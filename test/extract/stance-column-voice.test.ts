/**
 * A bylined column: the author holds the judgements written in the author's own voice, the people
 * the column cites hold theirs, and those an act befalls are no target of the blame. Every text
 * here is written for these tests; the people and groups are invented.
 */
import { readAndExtract } from '../helpers/read-and-extract';

const column = (sentence: string) =>
  readAndExtract(`Why the steppe towns are emptying

By Ivan Petrov

Kyrgyzstan has changed a great deal in the last decade.

${sentence}

The next years will tell.
`);

const stancesIn = (sentence: string) => {
  const { x } = column(sentence);
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.stances.filter((s) => sentence.includes(s.quote) || s.quote.includes(sentence.slice(0, 30))).map((s) => [label.get(s.holder), label.get(s.target), s.polarity]);
};

describe('the voices of a bylined column', () => {
  it('should read "the government’s campaign against opposition media is an overreaction" as the cited advocate’s blame of the government, not of the media', () => {
    expect(stancesIn('Aida Bekova, head of the legal group Adilet, says the government’s campaign against opposition media is an overreaction.')).toEqual([
      ['Aida Bekova', 'Government of Kyrgyzstan', 'oppose'],
    ]);
  });

  it('should read "According to X, an analyst at Y, ..." as X’s judgement, with no stance about X’s own employer', () => {
    expect(stancesIn('According to Aida Bekova, an analyst at the Steppe Policy Centre, the government is corrupt.')).toEqual([
      ['Aida Bekova', 'Government of Kyrgyzstan', 'oppose'],
    ]);
  });

  it('should not read those whose release protesters demand as targets of the blame for their arrest', () => {
    expect(stancesIn('Dozens of people were arrested in Bishkek to demand the release of political prisoners.')).toEqual([['Ivan Petrov', 'Government of Kyrgyzstan', 'oppose']]);
  });

  it('should keep an appeal for the release of prisoners as support for them', () => {
    expect(stancesIn('The European Parliament called for the release of political prisoners.')).toEqual([['European Parliament', 'political prisoners', 'support']]);
  });

  it('should leave words reported of unnamed analysts or observers to them, not to the author', () => {
    expect(stancesIn('Analysts say the government is corrupt.')).toEqual([]);
    expect(stancesIn('Some observers say the new tax is a power grab by the government.')).toEqual([]);
  });

  it('should still give the author the judgements of the author’s own voice', () => {
    expect(stancesIn('The government’s response to the protests has been heavy-handed.')).toEqual([['Ivan Petrov', 'Government of Kyrgyzstan', 'oppose']]);
  });

  it('should read "X in its resolution of <date> on <topic> denounced ..." as X’s act, not the author’s judgement of X', () => {
    const found = stancesIn(
      'The European Parliament in its resolution of 11 February 2021 on the human rights situation in Kyrgyzstan denounced the deterioration of freedoms, calling on the government to release all political prisoners.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ['European Parliament', 'Government of Kyrgyzstan', 'oppose'],
        ['European Parliament', 'political prisoners', 'support'],
      ]),
    );
    expect(found.filter(([holder]) => holder === 'Ivan Petrov')).toEqual([]);
  });

  it('should read "As X argues, ..." as X’s judgement and "squandered" as blame', () => {
    expect(stancesIn('As Human Rights Watch notes, the government has squandered the oil money.')).toEqual([['Human Rights Watch', 'Government of Kyrgyzstan', 'oppose']]);
  });

  it('should leave the words of an unnamed diplomat or analyst to them, not to the author', () => {
    expect(stancesIn('A senior US diplomat noted that the government is corrupt.')).toEqual([]);
    expect(stancesIn('A Kazakh analyst said the government had failed.')).toEqual([]);
  });

  it('should not read political prisoners as targets of the blame for their detention, and keep the call to free them as support', () => {
    expect(stancesIn('To date 29 political prisoners are still in Kyrgyz government prisons, after politically motivated prosecutions.')).toEqual([
      ['Ivan Petrov', 'Government of Kyrgyzstan', 'oppose'],
    ]);
    expect(stancesIn('The Kyrgyz government must release all political prisoners.')).toEqual(
      expect.arrayContaining([
        ['Ivan Petrov', 'Government of Kyrgyzstan', 'oppose'],
        ['Ivan Petrov', 'political prisoners', 'support'],
      ]),
    );
  });

  it('should read the cities listed after "in the cities of" as the scene of the arrests, not their target', () => {
    expect(stancesIn('Dozens of people were arrested in the cities of Osh and Bishkek for protesting.')).toEqual([['Ivan Petrov', 'Government of Kyrgyzstan', 'oppose']]);
  });
});
