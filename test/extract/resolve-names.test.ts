import { extractDocument } from '../../src/extract/extract-document';
import { loadKnowledge } from '../../src/extract/knowledge-from-gazetteer';
import { docFromText } from '../helpers/doc-from-text';

const persons = (text: string) => extractDocument(docFromText(text, 'inline/names.txt')).entities.filter((e) => e.kind === 'Person');

describe('resolving names inside one document', () => {
  it("should read a surname the gazetteer knows as its person when the text reaches that person's country", () => {
    const known = loadKnowledge().name('Mirziyoyev')!;
    expect(persons('Mirziyoyev opened a new hospital in Samarkand on Friday.').map((e) => e.id)).toEqual([known.id]);
  });

  it("should read the same surname as someone else when nothing in the text ties it to the gazetteer's person", () => {
    const known = loadKnowledge().name('Karimova')!;
    const ids = persons('Ms Karimova, a teacher from Naryn in Kyrgyzstan, said the village school had no heating.').map((e) => e.id);
    expect(ids).toEqual(['n:karimova']);
    expect(ids).not.toContain(known.id);
  });
});

describe('a first name and a patronymic', () => {
  const labels = (text: string) => extractDocument(docFromText(text, 'inline/patronymic.txt')).entities.filter((e) => e.kind === 'Person');

  it('should be the one person of the text with that first name', () => {
    const people = labels('Talks in Bishkek\n\nBISHKEK – Nurlan Sadykov met the mayor. “Thanks to Nurlan Bakytovich, the road was built,” the mayor said.');
    expect(people.map((p) => p.label)).toEqual(['Nurlan Sadykov']);
    expect(people[0]!.aliases).toContain('Nurlan Bakytovich');
  });

  it('should stay a person of its own when two people share the first name', () => {
    const people = labels('Talks in Bishkek\n\nBISHKEK – Nurlan Sadykov met Nurlan Osmonov. “Thanks to Nurlan Bakytovich, the road was built,” the mayor said.');
    expect(people.map((p) => p.label)).toContain('Nurlan Bakytovich');
  });
});
