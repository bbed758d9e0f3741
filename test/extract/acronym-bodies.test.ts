import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

function extract(text: string) {
  return extractDocument(docFromText(text, 'inline/acronym-bodies.txt'));
}
const labelsOf = (x: ReturnType<typeof extract>, kind: string) =>
  x.entities
    .filter((e) => e.kind === kind)
    .map((e) => e.label)
    .sort();

describe('unknown acronyms before a title, and acronyms the text never defines', () => {
  it('should read an acronym, a title and a name as the body and its officer, not as one name', () => {
    const x = extract('The river plan was discussed on Monday. WRF Deputy Director Aigerim Sadykova said the dam study was flawed.');
    expect(labelsOf(x, 'Person')).toEqual(['Aigerim Sadykova']);
    expect(x.mentions.map((m) => m.text)).toContain('WRF');
    expect(x.relations.some((r) => r.type === 'WORKS_FOR' && r.role === 'Deputy Director')).toBe(true);
  });

  it('should give an undefined acronym to the one organisation named in full whose initials it spells', () => {
    const x = extract('The Steppe Rivers Alliance criticised the dam plan on Monday. The SRA chairman Bolat Seitkali said the plan ignored farmers downstream.');
    const orgs = labelsOf(x, 'Organisation');
    expect(orgs).toEqual(['Steppe Rivers Alliance']);
    expect(x.entities.find((e) => e.label === 'Steppe Rivers Alliance')?.aliases).toContain('SRA');
  });

  it('should leave an acronym alone when two organisations share its initials', () => {
    const x = extract('The Steppe Rivers Alliance met the Silk Road Association in Almaty. The SRA statement came later.');
    expect(x.entities.find((e) => e.label === 'Steppe Rivers Alliance')?.aliases ?? []).not.toContain('SRA');
    expect(x.entities.find((e) => e.label === 'Silk Road Association')?.aliases ?? []).not.toContain('SRA');
  });
});
