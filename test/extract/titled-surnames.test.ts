import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

function extract(text: string, date?: string) {
  return extractDocument(docFromText(text, 'inline/titled-surnames.txt', date ? { date } : undefined));
}

describe('surnames with a title', () => {
  it('should give a surname two gazetteer presidents share to the one in office on the date', () => {
    const early = extract('Turkmen President Berdimuhamedow opened a new gas field on Tuesday.', '2015-06-10');
    expect(early.entities.filter((e) => e.kind === 'Person').map((e) => e.label)).toEqual(['Gurbanguly Berdimuhamedow']);
    const late = extract('Turkmen President Berdimuhamedow opened a new gas field on Tuesday.', '2023-06-10');
    expect(late.entities.filter((e) => e.kind === 'Person').map((e) => e.label)).toEqual(['Serdar Berdimuhamedow']);
  });

  it('should take a title the gazetteer person held as context for the surname', () => {
    const x = extract('Secretary Kerry spent two days in Dushanbe talking about border security.', '2015-11-02');
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.label)).toEqual(['John Kerry']);
  });

  it('should not take a transcript label for a name', () => {
    const x = extract('QUESTION: Will the talks resume in spring?\n\nMODERATOR: One more question, please.');
    expect(x.entities.map((e) => e.label)).not.toEqual(expect.arrayContaining(['QUESTION']));
    expect(x.mentions.map((m) => m.text)).not.toContain('QUESTION');
  });
});
