import { readAndExtract } from '../helpers/read-and-extract';
import { tokenizeBlocks } from '../../src/extract/tokenize';
import { matchCues } from '../../src/extract/match-cues';
import { ALL_CUES } from '../../src/extract/extract-stances';
import { obligesNoOne } from '../../src/extract/stance-targets';

const COLUMN = `Notes from the field

By Aida Bekova

It is vital, now more than ever, for Human Rights Watch and Amnesty International to work together on this.

The Steppe Rights Centre published its annual survey on Monday. This is a wonderful and generous thing.

Kazakhstan has lost much since the Andijan events, and Kazakhstan has to Europe only one pipeline.

After the spring floods, I had never been more proud of the volunteers of the Red Crescent Society of Kyrgyzstan.

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
    const hits = matchCues(tokens, 0, tokens.length, ALL_CUES).filter((h) => /\bpleased?$/.test(h.cue.lemma));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => !h.negated)).toBe(true);
  });
});

describe('what an appeal asks for', () => {
  const { stancesOf } = readAndExtract(
    `Notes on a demand

By Aida Bekova

The Steppe Rights Centre urged the Government of Kazakhstan to ensure that the Ministry of Justice of Kazakhstan respects the courts.
`,
    'inline/appeal-content.txt',
    { author: 'Aida Bekova' },
  );

  it('should be made of the addressee, not of those named in what it asks', () => {
    expect(stancesOf('Steppe Rights Centre', 'Government of Kazakhstan').length).toBeGreaterThan(0);
    expect(stancesOf('Steppe Rights Centre', 'Ministry of Justice of Kazakhstan')).toEqual([]);
  });
});

describe('obligesNoOne', () => {
  const modalIn = (text: string) => {
    const { tokens } = tokenizeBlocks(text, [[0, text.length]]);
    const hit = matchCues(tokens, 0, tokens.length, ALL_CUES).find((h) => h.cue.kind === 'modal')!;
    return { tokens, hit };
  };

  it('should read "they should" with no one named as asking nothing of anyone, and "we must" as the speaker\'s own', () => {
    const they = modalIn('They should be more responsible.');
    expect(obligesNoOne(they.tokens, they.hit, [])).toBe(true);
    const we = modalIn('We must be more responsible.');
    expect(obligesNoOne(we.tokens, we.hit, [])).toBe(false);
  });
});

describe('what an obligation asks for', () => {
  const { stancesOf } = readAndExtract(
    `Flood relief

By Aida Bekova

Aida Bekova said the Government of Kazakhstan must help the villages flooded by the Steppe Rights Centre.
`,
    'inline/obligation-content.txt',
  );

  it('should not support the agent of the harm that is to be undone', () => {
    expect(stancesOf('Aida Bekova', 'Steppe Rights Centre').filter((s) => s.polarity === 'support')).toEqual([]);
  });
});

describe("the speaker's own chance to do something", () => {
  const { stancesOf } = readAndExtract(
    `Notes from the field

By Aida Bekova

I am glad to have the opportunity to write about the Steppe Rights Centre. The new school is an opportunity for the Steppe Rights Centre.
`,
    'inline/opportunity.txt',
    { author: 'Aida Bekova' },
  );

  it('should read "an opportunity for X" as optimism about X, and "the opportunity to write about X" as nothing', () => {
    expect(stancesOf('Aida Bekova', 'Steppe Rights Centre').map((s) => [s.quote.startsWith('The new school'), s.code])).toEqual([[true, '013']]);
  });
});

describe('the country in a title written before a name', () => {
  const { stancesOf } = readAndExtract(
    `Talks in Tbilisi

By Aida Bekova

I thank President of Georgia Nino Beridze for the invitation.
`,
    'inline/title-country.txt',
    { author: 'Aida Bekova' },
  );

  it('should thank the person, not the country of the title ("President of Georgia Nino Beridze")', () => {
    expect(stancesOf('Aida Bekova', 'Nino Beridze').map((s) => s.polarity)).toEqual(['support']);
    expect(stancesOf('Aida Bekova', 'Georgia')).toEqual([]);
  });
});

describe('a judgement named as a noun with a possessor', () => {
  it('should give "the X\'s criticism of Y" to X even in a text with no voice of its own', () => {
    const { stancesOf } = readAndExtract(
      `Water plans in Georgia

The plan was adopted amid the Steppe Rights Centre's criticism of Armenia.
`,
      'inline/unsigned.txt',
    );
    expect(stancesOf('Steppe Rights Centre', 'Armenia').map((s) => s.polarity)).toEqual(['oppose']);
  });

  it('should read "Georgia\'s progress" as a judgement of Georgia, not one Georgia holds', () => {
    const { stancesOf } = readAndExtract(
      `Notes from the field

By Aida Bekova

Georgia's progress on irrigation impressed Azerbaijan.
`,
      'inline/progress.txt',
      { author: 'Aida Bekova' },
    );
    expect(stancesOf('Georgia')).toEqual([]);
    expect(stancesOf('Aida Bekova', 'Georgia').map((s) => s.polarity)).toEqual(['support']);
  });
});
