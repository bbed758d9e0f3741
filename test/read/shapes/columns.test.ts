/**
 * Bylined columns in the ways they are signed: "By X", "X | <date>", an author line under the
 * title, and "SURNAME: headline". The author holds the column's stances; a report that quotes
 * others, or one filed under a dateline, keeps its reporter silent. Texts written for these tests.
 */
import { headlineAuthor, parseAuthorLine } from '../../../src/read/find-header';
import { readAndExtract } from '../../helpers/read-and-extract';

const COLUMN_BODY = `

Kyrgyzstan and Tajikistan have signed a ceasefire at last. The Russian government failed to prevent the fighting.

The CSTO did nothing when the border war began, and its silence was a warning to every member.
`;

describe('a column signed "By X"', () => {
  const { doc, stancesOf } = readAndExtract(`The wrong lesson from the border war\n\nBy Nodira Azimova, political analyst${COLUMN_BODY}`);

  it('should make the byline’s author the speaker and keep the byline out of the body', () => {
    expect(doc.speakers).toContainEqual({ name: 'Nodira Azimova', role: 'author' });
    expect(doc.body.some((b) => doc.text.slice(...b).includes('By Nodira'))).toBe(false);
  });

  it('should give the column’s stances to the author', () => {
    expect(stancesOf('Nodira Azimova', 'Government of Russia').some((s) => s.polarity === 'oppose')).toBe(true);
    expect(stancesOf('Nodira Azimova', 'Collective Security Treaty Organization').some((s) => s.polarity === 'oppose')).toBe(true);
  });
});

describe('a column signed "X | <date>"', () => {
  const { doc, stancesOf } = readAndExtract(`The wrong lesson from the border war\n\nNodira Azimova | 4 March 2024${COLUMN_BODY}`);

  it('should read the name before the date as the author and the date as the date', () => {
    expect(doc.speakers).toContainEqual({ name: 'Nodira Azimova', role: 'author' });
    expect(doc.date).toBe('2024-03-04');
  });

  it('should give the column’s stances to the author', () => {
    expect(stancesOf('Nodira Azimova', 'Government of Russia').some((s) => s.polarity === 'oppose')).toBe(true);
  });
});

describe('a column with the author on the line under the title', () => {
  const { doc, stancesOf } = readAndExtract(
    `Central Asia needs a water treaty\n\nRustam Nazarov, political analyst\n\nThe dams on the Vakhsh threaten the farmers downstream. The government of Tajikistan ignored the objections of Uzbekistan.\n\nThe World Bank deserves credit for its patient mediation.\n`,
  );

  it('should read the line as the author, not as the lead', () => {
    expect(doc.speakers).toContainEqual({ name: 'Rustam Nazarov', role: 'author' });
    expect(doc.lead ?? '').not.toMatch(/^Rustam Nazarov/u);
    expect(doc.body.some((b) => doc.text.slice(...b).startsWith('Rustam Nazarov'))).toBe(false);
  });

  it('should give the column’s stances to the author', () => {
    expect(stancesOf('Rustam Nazarov', 'World Bank').some((s) => s.polarity === 'support')).toBe(true);
  });

  it('should not take a sentence, or a name with a verb, for an author line', () => {
    expect(parseAuthorLine('Rustam Nazarov, political analyst')).toEqual({ name: 'Rustam Nazarov', description: 'political analyst' });
    expect(parseAuthorLine('Rustam Nazarov says the dams are safe')).toBeNull();
    expect(parseAuthorLine('Rustam Nazarov was arrested.')).toBeNull();
  });
});

describe('a column whose headline opens with the columnist’s surname in capitals', () => {
  const { doc, stancesOf } = readAndExtract(
    `ABDULLAEV: Astana is courting the wrong partners\n\nKazakhstan has opened its markets to Chinese firms. The government of Kazakhstan ignored the worries of local traders.\n\nThe new trade rules are unfair to small traders.\n\nAziz Abdullaev is an economist in Almaty.\n`,
  );

  it('should take the surname for the author, under the full name the text gives', () => {
    expect(doc.speakers).toContainEqual({ name: 'Aziz Abdullaev', role: 'author' });
  });

  it('should give the column’s stances to the author', () => {
    expect(stancesOf('Aziz Abdullaev', 'Government of Kazakhstan').some((s) => s.polarity === 'oppose')).toBe(true);
  });

  it('should not take a section label for a surname', () => {
    expect(headlineAuthor('ANALYSIS: Astana is courting the wrong partners')).toBeNull();
    expect(headlineAuthor('OPINION: Astana is courting the wrong partners')).toBeNull();
    expect(headlineAuthor('Abdullaev: Astana is courting the wrong partners')).toBeNull();
  });

  it('should give no voice to a headline that opens with a country in capitals', () => {
    const { x } = readAndExtract(
      `KAZAKHSTAN: the new trade rules are unfair\n\nKazakhstan has opened its markets to Chinese firms. The government of Kazakhstan ignored the worries of local traders.\n\nThe rules are unfair to small traders.\n`,
    );
    const country = x.entities.find((e) => e.label === 'Kazakhstan')!;
    expect(x.stances.some((s) => s.holder === country.id)).toBe(false);
  });
});

describe('a signed news report', () => {
  it('should keep the reporter silent when the report is made of other people’s words', () => {
    const { doc, x } = readAndExtract(
      `Water talks stall\n\nBy Aida Umarova\n\nThe talks in Khujand ended without a deal, officials said.\n\nThe government of Tajikistan failed to send its minister, a diplomat said.\n\nThe Asian Development Bank is ready to help, its representative said.\n`,
    );
    expect(doc.speakers).toContainEqual({ name: 'Aida Umarova', role: 'author' });
    const author = x.entities.find((e) => e.label === 'Aida Umarova');
    expect(x.stances.some((s) => s.holder === author?.id)).toBe(false);
  });

  it('should keep the reporter silent in a story filed under a dateline', () => {
    const { x } = readAndExtract(
      `Water talks stall\n\nBy Aida Umarova\n\nKHUJAND — The talks ended without a deal. The government of Tajikistan failed to send its minister.\n\nThe next round is planned for May.\n`,
    );
    const author = x.entities.find((e) => e.label === 'Aida Umarova');
    expect(x.stances.some((s) => s.holder === author?.id)).toBe(false);
  });
});

describe('an unsigned text', () => {
  const TEXT = `Osh Water Board Leaves Farmers Without a Plan

The Osh water board has failed the farmers of the valley for a decade. Its repeated promises of new canals have proved empty, and the Government of Kyrgyzstan bears responsibility for the neglect.

The farmers' cooperatives deserve praise for keeping the old channels open with their own hands.
`;

  it('should give the narration of an unsigned text no voice of its publisher', () => {
    const { x } = readAndExtract(TEXT, 'inline/unsigned-analysis.txt', { publisher: 'Valley Monitor – Independent Analysis from the Ferghana Valley' });
    expect(x.stances.some((s) => x.entities.find((e) => e.id === s.holder)?.label === 'Valley Monitor')).toBe(false);
  });

  it('should give a report that quotes others no voice of its publisher', () => {
    const report = `Canal talks resume\n\nThe water board said on Monday that the canal would open in May, an official said.\n\nFarmers said the repairs were too slow, the minister said.\n`;
    const { x } = readAndExtract(report, 'inline/report.txt', { publisher: 'Valley Monitor' });
    expect(x.entities.some((e) => e.label === 'Valley Monitor')).toBe(false);
  });
});
