import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

/** "holder -> target" of each stance of a statement published by `publisher` on `date`. */
function stancesOfStatement(text: string, publisher: string, date?: string): string[] {
  const x = extractDocument(docFromText(text, 'inline/statement.txt', { publisher, ...(date ? { date } : {}) }));
  const label = (id: string) => x.entities.find((e) => e.id === id)?.label ?? id;
  return [...new Set(x.stances.map((s) => `${label(s.holder)} -> ${label(s.target)}`))];
}

const STATEMENT = `Statement attributable to the Spokesman for the Secretary-General on the border

The Secretary-General is following the clashes between Kyrgyzstan and Uzbekistan with great concern.`;

describe('a statement issued in the name of an office', () => {
  it('should give a UN statement "attributable to the Spokesman for the Secretary-General" to the Secretary-General of its date', () => {
    expect(stancesOfStatement(STATEMENT, 'United Nations', '2019-05-02')).toEqual(['António Guterres -> Kyrgyzstan', 'António Guterres -> Uzbekistan']);
    expect(stancesOfStatement(STATEMENT, 'United Nations', '2012-03')).toContain('Ban Ki-moon -> Kyrgyzstan');
  });

  it('should find the office through the body its publisher is part of', () => {
    expect(stancesOfStatement(STATEMENT, 'United Nations Assistance Mission in Afghanistan', '2019-05-02')).toContain('António Guterres -> Uzbekistan');
  });

  it('should name no holder of the office in an undated statement', () => {
    expect(stancesOfStatement(STATEMENT, 'United Nations').filter((s) => s.startsWith('António Guterres') || s.startsWith('Ban Ki-moon'))).toEqual([]);
  });
});

describe('the publisher of a statement as a body', () => {
  it('should read a publisher with a bracketed note on the page as its body', () => {
    expect(stancesOfStatement(STATEMENT, 'United Nations (Meetings Coverage and Press Releases)', '2019-05-02')).toContain('António Guterres -> Kyrgyzstan');
  });

  it('should date an undated statement by the year its link files it under', () => {
    const x = extractDocument(docFromText(STATEMENT, 'inline/statement.txt', { publisher: 'United Nations', url: 'https://press.example.org/en/2019/sgsm19999.doc.htm' }));
    const holders = x.stances.map((s) => x.entities.find((e) => e.id === s.holder)?.label);
    expect(holders).toContain('António Guterres');
  });
});
