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

  it('should take no issuer from a headline that only says a spokesperson spoke on something', () => {
    const opening = 'The court proceedings were not transparent.';
    const title = 'Statement by the Spokesperson on the sentencing of opposition leaders';
    const plain = `${title}\n\n${opening}`;
    expect(issuerOf(plain, [opening], title)).toBeNull();
  });
});
