import { readAndExtract } from '../helpers/read-and-extract';
import { tokenizeBlocks } from '../../src/extract/tokenize';
import { matchCues } from '../../src/extract/match-cues';
import { ALL_CUES } from '../../src/extract/extract-stances';

const COLUMN = `Notes from the field

By Aida Bekova

It is vital, now more than ever, for Human Rights Watch and Amnesty International to work together on this.

The Steppe Rights Centre published its annual survey on Monday. This is a wonderful and generous thing.

Kazakhstan has lost much since the Andijan events, and Kazakhstan has to Europe only one pipeline.

In a hard year, I have never been more proud of the volunteers of the Red Crescent Society of Kyrgyzstan.

The Steppe Rights Centre condemned the arrests of protesters, including the Ata-Meken party leaders.
`;

describe('stances the words of a sentence do not take', () => {
  const { stancesOf, x } = readAndExtract(COLUMN, 'inline/precision-column.txt', { author: 'Aida Bekova' });
  const about = (quote: string) => x.stances.filter((s) => s.quote.startsWith(quote));

  it('should not judge the subject of an infinitive by the tone of the sentence', () => {
    expect(stancesOf('Aida Bekova', 'Amnesty International')).toEqual([]);
  });

  it('should not carry the tone of "This is a wonderful thing" back to the actor of the sentence before', () => {
    expect(about('This is a wonderful')).toEqual([]);
  });

  it('should read neither an event that dates something nor "has to" with no verb as a stance', () => {
    expect(stancesOf('Aida Bekova', 'Andijan massacre')).toEqual([]);
    expect(about('Kazakhstan has lost').filter((s) => s.code === '020')).toEqual([]);
  });

  it('should read "never been more proud" as praise', () => {
    expect(stancesOf('Aida Bekova', 'Red Crescent Society of Kyrgyzstan').map((s) => s.polarity)).toEqual(['support']);
  });

  it('should not oppose the victims listed after "including"', () => {
    expect(stancesOf('Steppe Rights Centre', 'Ata-Meken party')).toEqual([]);
  });
});

describe('matchCues on a negated comparative', () => {
  it('should not count "could not be more pleased" as a negation', () => {
    const text = 'The mayor could not be more pleased with the new bridge.';
    const { tokens } = tokenizeBlocks(text, [[0, text.length]]);
    const hits = matchCues(tokens, 0, tokens.length, ALL_CUES).filter((h) => h.cue.lemma === 'pleased' || h.cue.lemma === 'please');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => !h.negated)).toBe(true);
  });
});
