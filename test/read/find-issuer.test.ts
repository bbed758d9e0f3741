import { findIssuer } from '../../src/read/find-issuer';
import type { Turn } from '../../schema/records';

const paragraph = (plain: string, text: string): Turn => {
  const start = plain.indexOf(text);
  return { kind: 'paragraph', speaker: null, role: null, span: [start, start + text.length] };
};

/** The issuer of a text whose head holds these paragraphs, unsigned and unpublished. */
const issuerOf = (plain: string, paragraphs: readonly string[], title: string) =>
  findIssuer({ plain, turns: paragraphs.map((p) => paragraph(plain, p)), reportedSpeech: [], title, publisher: null, droppedAbove: [] });

describe('findIssuer', () => {
  it('should match "U.S. Embassy" in the opening with "US Embassy" in the headline', () => {
    const opening = 'The U.S. Embassy expresses its concern about the closure of two newspapers in Osh.';
    const plain = `US Embassy concerned about newspapers\n\n${opening}`;
    const issuer = findIssuer({
      plain,
      turns: [paragraph(plain, opening)],
      reportedSpeech: [],
      title: 'US Embassy concerned about newspapers',
      publisher: 'Osh Daily',
      droppedAbove: [],
    });
    expect(issuer).toBe('U.S. Embassy');
  });

  it('should still find no issuer in a report whose headline names someone else', () => {
    const opening = 'The U.S. Embassy expresses its concern about the closure of two newspapers in Osh.';
    const plain = `Osh editors protest closures\n\n${opening}`;
    expect(
      findIssuer({ plain, turns: [paragraph(plain, opening)], reportedSpeech: [], title: 'Osh editors protest closures', publisher: 'Osh Daily', droppedAbove: [] }),
    ).toBeNull();
  });

  it('should take the body a label line names: "Statement by X"', () => {
    const label = 'Statement by the Eurasian Press Freedom Network';
    const opening = 'Two editors in Khujand were detained on Monday, their families said.';
    const plain = `Editors detained in Khujand\n\n${label}\n\n${opening}`;
    expect(issuerOf(plain, [label, opening], 'Editors detained in Khujand')).toBe('Eurasian Press Freedom Network');
  });

  it('should read the issuer after a dateline, feeling alarmed: "Geneva, May 4, 2025 — The Network is alarmed by ..."', () => {
    const opening = 'Geneva, May 4, 2025 — The Eurasian Press Freedom Network is alarmed by the detention of two editors in Khujand.';
    const plain = `Press release\n\n${opening}`;
    expect(issuerOf(plain, ['Press release', opening], 'Editors detained')).toBe('Eurasian Press Freedom Network');
  });

  it('should not take a label naming a group noun for an issuer', () => {
    const label = 'Statement by Activists';
    const plain = `Editors detained\n\n${label}\n\nTwo editors were detained, their families said.`;
    expect(issuerOf(plain, [label], 'Editors detained')).toBeNull();
  });
});

describe('a headline that names the body issuing the text', () => {
  it('should take "The statement of the Ministry of ..." in the headline as the issuer', () => {
    const opening = 'It is with deep concern that we follow the clashes on the border between the two countries.';
    const title = 'The statement of the Ministry of Foreign Affairs of the Republic of Uzbekistan';
    const plain = `${title}\n\n${opening}`;
    expect(issuerOf(plain, [opening], title)).toBe('Ministry of Foreign Affairs of the Republic of Uzbekistan');
  });
});

describe('labels that say whose statement follows', () => {
  const opening = 'The court proceedings were not transparent.';

  it('should take the one a spokesman speaks for: "Statement attributable to the Spokesman for the Secretary-General on ..."', () => {
    const title = 'Statement attributable to the Spokesman for the Secretary-General on the floods in the Ferghana Valley';
    const plain = `${title}\n\n${opening}`;
    expect(issuerOf(plain, [opening], title)).toBe('Secretary-General');
  });

  it('should take the name in "The following statement was issued today by the Spokesman for X:"', () => {
    const label = 'The following statement was issued today by the Spokesman for UN Secretary-General Maria Lindqvist:';
    const plain = `Floods in the valley\n\n${label}\n\n${opening}`;
    expect(issuerOf(plain, [label, opening], 'Floods in the valley')).toBe('UN Secretary-General Maria Lindqvist');
  });

  it('should take the name in "X released the following statement:"', () => {
    const label = 'Foreign Minister Jonas Berg released the following statement:';
    const plain = `Independence Day\n\n${label}\n\n${opening}`;
    expect(issuerOf(plain, [label, opening], 'Independence Day')).toBe('Foreign Minister Jonas Berg');
  });

  it('should end a label’s name where its topic begins, but keep a post’s own subject', () => {
    const ashton = 'Statement by High Representative Lena Vogt on the floods in Osh';
    expect(issuerOf(`${ashton}\n\n${opening}`, [opening], ashton)).toBe('High Representative Lena Vogt');
    const post = 'Statement by the Special Rapporteur on Freedom of Expression on the closure of two newspapers';
    expect(issuerOf(`${post}\n\n${opening}`, [opening], post)).toBe('Special Rapporteur on Freedom of Expression');
  });

  it('should take the publisher for a statement by its bare spokesperson, and no one without a publisher', () => {
    const title = 'Statement by the Spokesperson on the sentencing of opposition leaders';
    const plain = `${title}\n\n${opening}`;
    const turns = [paragraph(plain, opening)];
    expect(findIssuer({ plain, turns, reportedSpeech: [], title, publisher: 'Nordic Council of Ministers', droppedAbove: [] })).toBe('Nordic Council of Ministers');
    expect(issuerOf(plain, [opening], title)).toBeNull();
  });
});

describe('a statement whose opening names no issuer', () => {
  const opening = 'The United States is closely following the floods in the Ferghana Valley. We stand ready to help.';
  const plain = `Statement on the Floods in the Ferghana Valley\n\n${opening}`;
  const issuer = (publisher: string | null, title = 'Statement on the Floods in the Ferghana Valley') =>
    findIssuer({ plain, turns: [paragraph(plain, opening)], reportedSpeech: [], title, publisher, droppedAbove: [] });

  it('should take a publishing body for the issuer of a text that calls itself a statement', () => {
    expect(issuer('U.S. Embassy in Uzbekistan')).toBe('U.S. Embassy in Uzbekistan');
  });

  it('should take no outlet or aggregator, and no publisher of a text that is not called a statement', () => {
    expect(issuer('Valley Times')).toBeNull();
    expect(issuer('U.S. Embassy in Uzbekistan', 'Floods in the Ferghana Valley')).toBeNull();
  });
});

describe('the openings of rights groups’ releases', () => {
  it('should read bodies with their acronyms in brackets as the joint issuers, past an epigraph', () => {
    const epigraph = '“Journalists are not criminals”. Anna Berg, editor, 3 May 2023';
    const opening =
      'Steppe Press Foundation (SPF), Caspian Media Alliance (CMA) and Valley Association against Censorship (VAC) are dismayed at the sentences handed down to two editors.';
    const plain = `Editors sentenced\n\n${epigraph}\n\n${opening}`;
    const turns = [paragraph(plain, epigraph), paragraph(plain, opening)];
    expect(findIssuer({ plain, turns, reportedSpeech: [], title: 'Editors sentenced', publisher: 'Caspian Media Alliance', droppedAbove: [] })).toBe(
      'Steppe Press Foundation, Caspian Media Alliance and Valley Association against Censorship',
    );
  });

  it('should take the publisher named in the opening sentence’s closing attribution: "(Berlin, July 1) – ..., X said today."', () => {
    const opening = '(Berlin, July 1, 2024) – The authorities of Uzbekistan have detained two bloggers in Nukus, the Steppe Press Foundation said today.';
    const plain = `Uzbekistan: bloggers detained\n\n${opening}`;
    const speakerStart = opening.indexOf('Steppe Press Foundation');
    const base = plain.indexOf(opening);
    const reportedSpeech = [
      {
        speaker: 'Steppe Press Foundation',
        speakerSpan: [base + speakerStart, base + speakerStart + 23] as [number, number],
        cue: 'said',
        span: [base + 26, base + speakerStart - 6] as [number, number],
      },
    ];
    const input = { plain, turns: [paragraph(plain, opening)], reportedSpeech, title: 'Uzbekistan: bloggers detained', droppedAbove: [] };
    expect(findIssuer({ ...input, publisher: 'Steppe Press Foundation' })).toBe('Steppe Press Foundation');
    expect(findIssuer({ ...input, publisher: 'Valley Times' })).toBeNull();
  });
});
