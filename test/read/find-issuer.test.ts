import { findIssuer } from '../../src/read/find-issuer';
import type { Turn } from '../../schema/records';

const paragraph = (plain: string, text: string): Turn => {
  const start = plain.indexOf(text);
  return { kind: 'paragraph', speaker: null, role: null, span: [start, start + text.length] };
};

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
});
